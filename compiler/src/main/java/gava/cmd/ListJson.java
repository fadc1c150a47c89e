package gava.cmd;

import java.util.List;
import java.util.Map;

/**
 * JSON as encoding/json's {@code MarshalIndent(v, "", "\t")} writes it, for the values of
 * {@code gava list -json} and {@code gava env -json}: maps (objects, in their iteration order), lists,
 * strings (escaped as Go does, {@code <>&} included), booleans, numbers and null.
 */
final class ListJson {
  private ListJson() {}

  static String write(Object v) {
    StringBuilder sb = new StringBuilder();
    write(v, sb, "");
    return sb.toString();
  }

  private static void write(Object v, StringBuilder sb, String indent) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(indent).append('\t');
        string(String.valueOf(e.getKey()), sb);
        sb.append(": ");
        write(e.getValue(), sb, indent + "\t");
        sb.append(++i < m.size() ? ",\n" : "\n");
      }
      sb.append(indent).append('}');
    } else if (v instanceof List<?> l) {
      if (l.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append("[\n");
      for (int i = 0; i < l.size(); i++) {
        sb.append(indent).append('\t');
        write(l.get(i), sb, indent + "\t");
        sb.append(i + 1 < l.size() ? ",\n" : "\n");
      }
      sb.append(indent).append(']');
    } else if (v instanceof Boolean || v instanceof Number) {
      sb.append(v);
    } else {
      string(v.toString(), sb);
    }
  }

  /** {@code s} as encoding/json writes a string (HTML-safe), quotes included. */
  static String quoted(String s) {
    StringBuilder sb = new StringBuilder();
    string(s, sb);
    return sb.toString();
  }

  /** encoding/json's string encoding (HTML-safe). */
  static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
