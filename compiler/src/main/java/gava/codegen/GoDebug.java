package gava.codegen;

import gava.syntax.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Go 1.21's {@code //go:debug key=value} lines in the main package: the generated {@code main}
 * passes each setting to {@code gava.runtime.Go.godebug} before the program starts ($GODEBUG
 * still wins, as in gc).
 */
final class GoDebug {
  private GoDebug() {}

  /**
   * The settings of the {@code //go:debug key=value} lines before the package clause of the main
   * package's files (Go 1.21), which {@code Go.godebug} records before the program starts: for
   * now the runtime reads {@code asynctimerchan} (time's Stop and Reset, see Timers).
   */
  static List<String> settings(List<File> files) {
    List<String> out = new ArrayList<>();
    for (File f : files) {
      if (f.src == null || f.src.bytes() == null) continue;
      String text = new String(f.src.bytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        String t = line.strip();
        if (t.startsWith("package ")) break;
        if (t.startsWith("//go:debug ")) {
          String kv = t.substring("//go:debug ".length()).strip();
          if (kv.indexOf('=') > 0) out.add(kv);
        }
      }
    }
    return out;
  }

}
