package gava.cmd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The subset of text/template that {@code gava list -f} understands, evaluated on the field maps of
 * {@link ListPackage}: text, {@code {{.}}}, {@code {{.Field.Sub}}}, pipelines of the functions
 * {@code join}, {@code len}, {@code not}, {@code eq}, {@code ne}, {@code and}, {@code or},
 * {@code printf} (verbs %s %v %d %q %t), {@code {{if}}}/{@code {{else}}}/{@code {{else if}}},
 * {@code {{range}}} (with {@code {{else}}}), {@code {{with}}}, {@code {{end}}}, string and number
 * literals, and the {@code {{-}}}/{@code {{- }}} trim markers. A problem is a {@link Bad} with a
 * message worded like text/template's.
 */
final class ListTemplate {
  /** A template that cannot be parsed or executed. */
  static final class Bad extends Exception {
    Bad(String m) {
      super(m);
    }
  }

  private sealed interface Node permits Text, Action, If, Range {}

  private record Text(String s) implements Node {}

  private record Action(List<String> words) implements Node {}

  /** if/with: {@code with} sets dot. */
  private record If(List<String> cond, boolean with, List<Node> then, List<Node> otherwise) implements Node {}

  private record Range(List<String> over, List<Node> body, List<Node> otherwise) implements Node {}

  private final List<Node> nodes;

  private ListTemplate(List<Node> nodes) {
    this.nodes = nodes;
  }

  // ---- parsing ----

  private List<Object> tokens; // String text or String[] {action}
  private int pos;

  static ListTemplate parse(String src) throws Bad {
    List<Object> toks = new ArrayList<>();
    int i = 0;
    while (i < src.length()) {
      int o = src.indexOf("{{", i);
      if (o < 0) {
        toks.add(src.substring(i));
        break;
      }
      String text = src.substring(i, o);
      int c = src.indexOf("}}", o + 2);
      if (c < 0) throw new Bad("template: list:1: unclosed action");
      String act = src.substring(o + 2, c);
      boolean trimL = act.startsWith("- ") || act.equals("-");
      boolean trimR = act.endsWith(" -");
      if (trimL) {
        act = act.substring(1);
        text = text.stripTrailing();
      }
      if (trimR) act = act.substring(0, act.length() - 1);
      toks.add(text);
      toks.add(new String[] {act.strip()});
      i = c + 2;
      if (trimR) {
        while (i < src.length() && Character.isWhitespace(src.charAt(i))) i++;
      }
    }
    ListTemplate t = new ListTemplate(null);
    t.tokens = toks;
    t.pos = 0;
    List<Node> body = new ArrayList<>();
    String stop = t.parseList(body);
    if (stop != null) throw new Bad("template: list:1: unexpected {{" + stop + "}}");
    return new ListTemplate(body);
  }

  /** Parses nodes into {@code out} up to {{end}} or {{else...}}; returns that keyword (or null at the end). */
  private String parseList(List<Node> out) throws Bad {
    while (pos < tokens.size()) {
      Object t = tokens.get(pos++);
      if (t instanceof String s) {
        if (!s.isEmpty()) out.add(new Text(s));
        continue;
      }
      String act = ((String[]) t)[0];
      if (act.startsWith("/*")) continue;
      List<String> w = words(act);
      if (w.isEmpty()) throw new Bad("template: list:1: missing value for command");
      switch (w.get(0)) {
        case "end" -> {
          return "end";
        }
        case "else" -> {
          return act;
        }
        case "if", "with" -> out.add(parseIf(w.subList(1, w.size()), w.get(0).equals("with")));
        case "range" -> {
          List<Node> body = new ArrayList<>(), other = new ArrayList<>();
          String k = parseList(body);
          if (k == null) throw new Bad("template: list:1: unexpected EOF");
          if (k.startsWith("else")) {
            if (!"end".equals(parseList(other))) throw new Bad("template: list:1: unexpected EOF");
          }
          out.add(new Range(w.subList(1, w.size()), body, other));
        }
        default -> out.add(new Action(w));
      }
    }
    return null;
  }

  private If parseIf(List<String> cond, boolean with) throws Bad {
    List<Node> then = new ArrayList<>(), other = new ArrayList<>();
    String k = parseList(then);
    if (k == null) throw new Bad("template: list:1: unexpected EOF");
    if (k.startsWith("else")) {
      List<String> w = words(k);
      if (w.size() > 1 && (w.get(1).equals("if") || w.get(1).equals("with"))) {
        other.add(parseIf(w.subList(2, w.size()), w.get(1).equals("with")));
        return new If(cond, with, then, other);
      }
      if (!"end".equals(parseList(other))) throw new Bad("template: list:1: unexpected EOF");
    }
    return new If(cond, with, then, other);
  }

  /** The words of an action: quoted strings kept with their quotes, parentheses as words. */
  private static List<String> words(String act) throws Bad {
    List<String> w = new ArrayList<>();
    int i = 0;
    while (i < act.length()) {
      char c = act.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"' || c == '`') {
        int j = i + 1;
        while (j < act.length() && act.charAt(j) != c) j += act.charAt(j) == '\\' && c == '"' ? 2 : 1;
        if (j >= act.length()) throw new Bad("template: list:1: unterminated quoted string");
        w.add(act.substring(i, j + 1));
        i = j + 1;
      } else if (c == '(' || c == ')' || c == '|') {
        w.add(String.valueOf(c));
        i++;
      } else {
        int j = i;
        while (j < act.length() && !Character.isWhitespace(act.charAt(j)) && "()|".indexOf(act.charAt(j)) < 0) j++;
        w.add(act.substring(i, j));
        i = j;
      }
    }
    return w;
  }

  // ---- execution ----

  /** The template's text for {@code dot}. */
  String execute(Object dot) throws Bad {
    StringBuilder sb = new StringBuilder();
    run(nodes, dot, sb);
    return sb.toString();
  }

  private void run(List<Node> ns, Object dot, StringBuilder sb) throws Bad {
    for (Node n : ns) {
      switch (n) {
        case Text t -> sb.append(t.s());
        case Action a -> sb.append(format(eval(a.words(), dot)));
        case If f -> {
          Object v = eval(f.cond(), dot);
          if (truth(v)) run(f.then(), f.with() ? v : dot, sb);
          else run(f.otherwise(), dot, sb);
        }
        case Range r -> {
          Object v = eval(r.over(), dot);
          List<?> items = v instanceof List<?> l ? l : v instanceof Map<?, ?> m ? List.copyOf(m.values()) : v == null ? List.of() : null;
          if (items == null) throw new Bad("template: list:1: range can't iterate over " + format(v));
          if (items.isEmpty()) run(r.otherwise(), dot, sb);
          for (Object it : items) run(r.body(), it, sb);
        }
      }
    }
  }

  /** A pipeline: commands separated by '|', each one's value passed as the next one's last argument. */
  private Object eval(List<String> w, Object dot) throws Bad {
    List<List<String>> cmds = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    int depth = 0;
    for (String s : w) {
      if (s.equals("(")) depth++;
      if (s.equals(")")) depth--;
      if (s.equals("|") && depth == 0) {
        cmds.add(cur);
        cur = new ArrayList<>();
      } else {
        cur.add(s);
      }
    }
    cmds.add(cur);
    Object v = null;
    boolean first = true;
    for (List<String> c : cmds) {
      if (c.isEmpty()) throw new Bad("template: list:1: missing command");
      List<Object> args = new ArrayList<>();
      String fn = c.get(0);
      boolean isFunc = Character.isLetter(fn.charAt(0)) && !fn.equals("true") && !fn.equals("false") && !fn.equals("nil");
      for (int i = isFunc ? 1 : 0; i < c.size(); i++) {
        String s = c.get(i);
        if (s.equals("(")) {
          int d = 1, j = i + 1;
          while (j < c.size() && d > 0) {
            if (c.get(j).equals("(")) d++;
            if (c.get(j).equals(")")) d--;
            j++;
          }
          args.add(eval(c.subList(i + 1, j - 1), dot));
          i = j - 1;
        } else {
          args.add(operand(s, dot));
        }
      }
      if (!first) args.add(v);
      first = false;
      if (isFunc) {
        v = call(fn, args);
      } else {
        if (args.size() != 1) throw new Bad("template: list:1: can't give argument to non-function " + c.get(0));
        v = args.get(0);
      }
    }
    return v;
  }

  private static Object operand(String s, Object dot) throws Bad {
    if (s.startsWith("\"")) return unquote(s);
    if (s.startsWith("`")) return s.substring(1, s.length() - 1);
    if (s.equals("true") || s.equals("false")) return Boolean.parseBoolean(s);
    if (s.equals("nil")) return null;
    if (s.matches("-?\\d+")) return Long.parseLong(s);
    if (s.equals(".")) return dot;
    if (s.startsWith(".")) {
      Object v = dot;
      for (String f : s.substring(1).split("\\.")) {
        if (!(v instanceof Map<?, ?> m)) {
          if (v == null) return null;
          throw new Bad("template: list:1: can't evaluate field " + f + " in type " + typeName(v));
        }
        if (!m.containsKey(f)) {
          if (f.isEmpty() || !Character.isUpperCase(f.charAt(0)) || !KNOWN.contains(f)) {
            throw new Bad("template: list:1:" + " executing \"list\" at <" + s + ">: can't evaluate field " + f + " in type *load.PackagePublic");
          }
          v = zero(f);
          continue;
        }
        v = m.get(f);
      }
      return v;
    }
    throw new Bad("template: list:1: function \"" + s + "\" not defined");
  }

  /** Fields of go's Package struct that gava leaves unset (their zero values). */
  private static final java.util.Set<String> KNOWN = java.util.Set.of("Doc", "Target", "Shlib", "Root", "ConflictDir",
      "BinaryOnly", "ForTest", "Export", "BuildID", "Module", "Match", "Goroot", "Standard", "DepOnly", "Stale",
      "StaleReason", "GoFiles", "CgoFiles", "CompiledGoFiles", "IgnoredGoFiles", "IgnoredOtherFiles", "CFiles",
      "CXXFiles", "MFiles", "HFiles", "FFiles", "SFiles", "SwigFiles", "SwigCXXFiles", "SysoFiles", "EmbedPatterns",
      "EmbedFiles", "Imports", "Deps", "TestGoFiles", "TestImports", "XTestGoFiles", "XTestImports", "Error",
      "DepsErrors", "Incomplete", "ImportMap", "TestEmbedPatterns", "XTestEmbedPatterns", "Name", "Dir", "ImportPath",
      "Path", "Main", "GoMod", "GoVersion", "Version", "Indirect", "Replace", "Time", "Update", "Err", "Pos");

  private static Object zero(String f) {
    return switch (f) {
      case "BinaryOnly", "Goroot", "Standard", "DepOnly", "Stale", "Incomplete", "Main", "Indirect" -> false;
      case "Module", "Error", "Replace", "Update", "Time", "ImportMap" -> null;
      default -> f.endsWith("s") || f.equals("Match") || f.equals("Deps") ? List.of() : "";
    };
  }

  private static String unquote(String s) throws Bad {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case '\\' -> sb.append('\\');
        case '"' -> sb.append('"');
        case 'r' -> sb.append('\r');
        default -> throw new Bad("template: list:1: invalid syntax");
      }
    }
    return sb.toString();
  }

  private static Object call(String fn, List<Object> a) throws Bad {
    switch (fn) {
      case "join" -> {
        need(fn, a, 2);
        if (!(a.get(0) instanceof List<?> l)) {
          if (a.get(0) == null) return "";
          throw new Bad("template: list:1: error calling join: wrong argument type " + typeName(a.get(0)));
        }
        List<String> ss = new ArrayList<>();
        for (Object o : l) ss.add(format(o));
        return String.join(format(a.get(1)), ss);
      }
      case "len" -> {
        need(fn, a, 1);
        Object o = a.get(0);
        if (o instanceof List<?> l) return (long) l.size();
        if (o instanceof String s) return (long) s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (o instanceof Map<?, ?> m) return (long) m.size();
        throw new Bad("template: list:1: error calling len: len of type " + typeName(o));
      }
      case "not" -> {
        need(fn, a, 1);
        return !truth(a.get(0));
      }
      case "and" -> {
        Object v = null;
        for (Object o : a) {
          v = o;
          if (!truth(o)) return o;
        }
        return v;
      }
      case "or" -> {
        Object v = null;
        for (Object o : a) {
          v = o;
          if (truth(o)) return o;
        }
        return v;
      }
      case "eq", "ne" -> {
        need(fn, a, 2);
        boolean eq = java.util.Objects.equals(a.get(0), a.get(1));
        return fn.equals("eq") == eq;
      }
      case "printf" -> {
        if (a.isEmpty()) throw new Bad("template: list:1: wrong number of args for printf: want at least 1 got 0");
        return printf(format(a.get(0)), a.subList(1, a.size()));
      }
      case "print", "println" -> {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
          if (i > 0 && (fn.equals("println") || !(a.get(i) instanceof String) && !(a.get(i - 1) instanceof String))) sb.append(' ');
          sb.append(format(a.get(i)));
        }
        if (fn.equals("println")) sb.append('\n');
        return sb.toString();
      }
      default -> throw new Bad("template: list:1: function \"" + fn + "\" not defined");
    }
  }

  private static void need(String fn, List<Object> a, int n) throws Bad {
    if (a.size() != n) throw new Bad("template: list:1: wrong number of args for " + fn + ": want " + n + " got " + a.size());
  }

  private static String printf(String f, List<Object> args) {
    StringBuilder sb = new StringBuilder();
    int ai = 0;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c != '%' || i + 1 >= f.length()) {
        sb.append(c);
        continue;
      }
      char v = f.charAt(++i);
      if (v == '%') {
        sb.append('%');
        continue;
      }
      if (ai >= args.size()) {
        sb.append("%!").append(v).append("(MISSING)");
        continue;
      }
      Object o = args.get(ai++);
      sb.append(v == 'q' ? TestMain.quote(format(o)) : format(o));
    }
    return sb.toString();
  }

  static boolean truth(Object v) {
    if (v == null) return false;
    if (v instanceof Boolean b) return b;
    if (v instanceof String s) return !s.isEmpty();
    if (v instanceof List<?> l) return !l.isEmpty();
    if (v instanceof Map<?, ?> m) return !m.isEmpty();
    if (v instanceof Long n) return n != 0;
    return true;
  }

  /** fmt's %v of a value. */
  static String format(Object v) {
    if (v == null) return "<nil>";
    if (v instanceof List<?> l) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) sb.append(' ');
        sb.append(format(l.get(i)));
      }
      return sb.append(']').toString();
    }
    if (v instanceof Map<?, ?> m && m.containsKey("Err")) return format(m.get("Err")); // (a *PackageError's Error())
    if (v instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("&{");
      int i = 0;
      for (Object x : m.values()) {
        if (i++ > 0) sb.append(' ');
        sb.append(format(x));
      }
      return sb.append('}').toString();
    }
    return v.toString();
  }

  private static String typeName(Object v) {
    if (v instanceof String) return "string";
    if (v instanceof Boolean) return "bool";
    if (v instanceof List<?>) return "[]string";
    if (v instanceof Long) return "int";
    return "struct";
  }
}
