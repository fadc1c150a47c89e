package gava.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one normalisation applied to BOTH gc's expected output and gava's actual output before they
 * are compared, so that the details that cannot match between two implementations do not count:
 * <ul>
 *   <li>the absolute directory of the test programs (any {@code /.../testdata/run/}, and the given
 *       directory) becomes {@code $TESTDATA/};
 *   <li>{@code pc=0x...} becomes {@code pc=0x0}, and so does the address in a panic value
 *       printed as {@code panic: (T) 0xc000012345} (also after {@code [recovered]});
 *   <li>in goroutine traces (from a {@code goroutine N [...]:} line to the next blank line): the
 *       {@code +0x..} offsets after file:line are dropped, the argument list of each frame becomes
 *       {@code (...)}, frames of package {@code runtime} (a {@code runtime.} function or a file in
 *       {@code .../src/runtime/}, e.g. {@code panic(...)}) are dropped with their file line, and so
 *       are {@code created by} lines with theirs.
 * </ul>
 * Works on any text; lines outside traces are unchanged except for the two replacements above.
 */
public final class Normalize {
  private Normalize() {}

  public static final String TESTDATA = "$TESTDATA";

  private static final Pattern ANY_TESTDATA = Pattern.compile("(?:/[^/\\s:]+)*/testdata/run/");
  private static final Pattern PC = Pattern.compile("pc=0x[0-9a-fA-F]+");
  /** gc prints a panic value without a printable form as {@code (T) 0xADDRESS}. */
  private static final Pattern PANIC_ADDR = Pattern.compile("(?m)^(\t?panic: .*\\([^()\n]+\\)) 0x[0-9a-fA-F]+");
  private static final Pattern GOROUTINE = Pattern.compile("goroutine \\d+ \\[.*\\]:");
  private static final Pattern OFFSET = Pattern.compile(" \\+0x[0-9a-fA-F]+$");
  private static final Pattern RUNTIME_FILE = Pattern.compile("^\t\\S*/src/runtime/[^/\\s]+\\.go:\\d+");

  /** Normalises {@code text}; {@code testdataDir} (may be null) is also replaced by the token. */
  public static String output(String text, Path testdataDir) {
    if (testdataDir != null) {
      for (String d : spellings(testdataDir)) text = text.replace(d, TESTDATA + "/");
    }
    text = ANY_TESTDATA.matcher(text).replaceAll(TESTDATA.replace("$", "\\$") + "/");
    text = PC.matcher(text).replaceAll("pc=0x0");
    text = PANIC_ADDR.matcher(text).replaceAll("$1 0x0");
    return traces(text);
  }

  private static List<String> spellings(Path dir) {
    List<String> out = new ArrayList<>();
    Path abs = dir.toAbsolutePath().normalize();
    out.add(abs + "/");
    try {
      String real = abs.toRealPath() + "/";
      if (!out.contains(real)) out.add(real);
    } catch (java.io.IOException e) {
      // keep the absolute spelling only
    }
    return out;
  }

  private static String traces(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder sb = new StringBuilder(text.length());
    boolean inTrace = false;
    boolean first = true;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String out = line;
      if (GOROUTINE.matcher(line).matches()) {
        inTrace = true;
      } else if (inTrace) {
        if (line.isEmpty()) {
          inTrace = false;
        } else if (!line.startsWith("\t") && i + 1 < lines.length && lines[i + 1].startsWith("\t")) {
          String file = lines[i + 1];
          i++;
          if (line.startsWith("created by ") || isRuntimeFrame(line, file)) continue;
          first = append(sb, first, frameArgs(line));
          out = OFFSET.matcher(file).replaceAll("");
        } else if (line.startsWith("created by ")) {
          continue;
        } else if (line.startsWith("\t")) {
          out = OFFSET.matcher(line).replaceAll("");
        }
      }
      first = append(sb, first, out);
    }
    return sb.toString();
  }

  private static boolean append(StringBuilder sb, boolean first, String line) {
    if (!first) sb.append('\n');
    sb.append(line);
    return false;
  }

  private static boolean isRuntimeFrame(String func, String file) {
    return func.startsWith("runtime.") || RUNTIME_FILE.matcher(file).find();
  }

  /** {@code main.f(0x1, {0x2, 0x3})} becomes {@code main.f(...)}. */
  static String frameArgs(String func) {
    if (!func.endsWith(")")) return func;
    int depth = 0;
    for (int j = func.length() - 1; j >= 0; j--) {
      char c = func.charAt(j);
      if (c == ')') depth++;
      else if (c == '(' && --depth == 0) return func.substring(0, j) + "(...)";
    }
    return func;
  }
}
