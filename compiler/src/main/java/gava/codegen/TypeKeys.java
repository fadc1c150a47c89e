package gava.codegen;

import gava.types.Array;
import gava.types.Basic;
import gava.types.Chan;
import gava.types.Func;
import gava.types.Interface;
import gava.types.MapType;
import gava.types.Named;
import gava.types.Pointer;
import gava.types.Signature;
import gava.types.Slice;
import gava.types.Struct;
import gava.types.Tuple;
import gava.types.Type;
import gava.types.TypeParam;
import gava.types.Var;
import java.util.IdentityHashMap;
import java.util.Map;

/** Canonical strings for Go types: equal strings iff identical types (Named types by identity). */
final class TypeKeys {
  private final Map<Object, Integer> ids = new IdentityHashMap<>();

  private int id(Object o) {
    return ids.computeIfAbsent(o, k -> ids.size() + 1);
  }

  String key(Type t) {
    StringBuilder b = new StringBuilder();
    append(b, t, 0);
    return b.toString();
  }

  private void append(StringBuilder b, Type t, int depth) {
    if (depth > 2000) { // (Go allows deep unnamed types: issue29264 nests 100 slices)
      b.append("…");
      return;
    }
    switch (t) {
      case null -> b.append("?");
      case Basic x -> b.append(x.kind.name());
      case Named n -> b.append("N").append(id(n)).append(':').append(n.obj.name);
      case TypeParam p -> b.append("P").append(id(p));
      case Pointer p -> { b.append('*'); append(b, p.elem, depth + 1); }
      case Slice s -> { b.append("[]"); append(b, s.elem, depth + 1); }
      case Array a -> { b.append('[').append(a.len).append(']'); append(b, a.elem, depth + 1); }
      case MapType m -> { b.append("map["); append(b, m.key, depth + 1); b.append(']'); append(b, m.elem, depth + 1); }
      case Chan c -> { b.append("chan").append(c.dir.ordinal()).append(' '); append(b, c.elem, depth + 1); }
      case Struct s -> {
        b.append("struct{");
        for (int i = 0; i < s.fields.size(); i++) {
          Var f = s.fields.get(i);
          if (f.embedded) b.append('~');
          b.append(f.name);
          if (!f.exported() && f.pkg != null) b.append('@').append(f.pkg.path);
          b.append(' ');
          append(b, f.type, depth + 1);
          String tag = i < s.tags.size() ? s.tags.get(i) : "";
          if (tag != null && !tag.isEmpty()) b.append(' ').append('"').append(tag.replace("\"", "\\\"")).append('"');
          b.append(';');
        }
        b.append('}');
      }
      case Signature s -> {
        b.append("func(");
        appendTuple(b, s.params, depth);
        b.append(s.variadic ? "...)" : ")");
        b.append('(');
        appendTuple(b, s.results, depth);
        b.append(')');
      }
      case Tuple tu -> { b.append('('); appendTuple(b, tu, depth); b.append(')'); }
      case Interface it -> {
        b.append("interface{");
        for (Func m : it.allMethods) {
          b.append(m.name);
          if (!m.exported() && m.pkg != null) b.append('@').append(m.pkg.path); // p.I{get()} is not main.I{get()}
          b.append(' ');
          append(b, m.type, depth + 1);
          b.append(';');
        }
        if (it.allMethods.isEmpty() && !it.embeddeds.isEmpty()) b.append("I").append(id(it));
        b.append('}');
      }
      default -> b.append("T").append(id(t));
    }
  }

  private void appendTuple(StringBuilder b, Tuple t, int depth) {
    for (int i = 0; i < t.size(); i++) {
      append(b, t.at(i), depth + 1);
      b.append(',');
    }
  }
}
