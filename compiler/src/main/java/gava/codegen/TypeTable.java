package gava.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Encoder of the run-time type table ({@link TypeDescGen}; decoded by {@code gava.runtime.RTypeTable}):
 * a sequence of integers written in decimal followed by {@code ;} and strings written as their
 * length in chars, {@code :}, then the chars. Split into chunks that fit a class-file constant.
 */
final class TypeTable {
  private final StringBuilder b = new StringBuilder();

  void integer(long v) {
    b.append(v).append(';');
  }

  void str(String s) {
    b.append(s.length()).append(':').append(s);
  }

  /** The text with the number of entries n in front. */
  void prefixCount(int n) {
    b.insert(0, n + ";");
  }

  /** The table in pieces of at most 16000 chars (a constant's modified UTF-8 stays below 64 KiB). */
  List<String> chunks() {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < b.length()) {
      int end = Math.min(b.length(), i + 16000);
      if (end < b.length() && Character.isHighSurrogate(b.charAt(end - 1))) end--; // keep surrogate pairs whole
      out.add(b.substring(i, end));
      i = end;
    }
    return out;
  }
}
