package gava.types;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Types as gc prints them in diagnostics (types2's TypeString): names of the package being compiled
 * are unqualified, names from other packages are qualified by the package name; parameter names are
 * kept in signatures.
 */
public final class TypeString {
  private final Package local;
  private final StringBuilder b = new StringBuilder();
  private final Map<Type, Boolean> seen = new IdentityHashMap<>();

  private TypeString(Package local) {
    this.local = local;
  }

  public static String of(Type t, Package local) {
    TypeString w = new TypeString(local);
    w.typ(t);
    return w.b.toString();
  }

  /** {@code name(params) results} for a function or method. */
  public static String func(Func f, Package local) {
    TypeString w = new TypeString(local);
    w.b.append(f.name);
    w.signature((Signature) f.type);
    return w.b.toString();
  }

  /** {@code (T1, T2)} list of types. */
  public static String list(List<Type> ts, Package local, boolean variadic) {
    TypeString w = new TypeString(local);
    w.b.append('(');
    for (int i = 0; i < ts.size(); i++) {
      if (i > 0) w.b.append(", ");
      if (variadic && i == ts.size() - 1 && ts.get(i) instanceof Slice s) {
        w.b.append("...");
        w.typ(s.elem);
      } else {
        w.typ(ts.get(i));
      }
    }
    w.b.append(')');
    return w.b.toString();
  }

  private void typ(Type t) {
    if (t == null) {
      b.append("<nil>");
      return;
    }
    if (seen.containsKey(t)) {
      b.append("<cycle>");
      return;
    }
    seen.put(t, true);
    try {
      write(t);
    } finally {
      seen.remove(t);
    }
  }

  private void write(Type t) {
    switch (t) {
      case Basic bt -> {
        if (bt.kind == Basic.Kind.UNSAFE_POINTER) b.append("unsafe.Pointer");
        else b.append(bt.name);
      }
      case Array a -> {
        b.append('[').append(a.len).append(']');
        typ(a.elem);
      }
      case Slice s -> {
        b.append("[]");
        typ(s.elem);
      }
      case Struct s -> {
        b.append("struct{");
        for (int i = 0; i < s.fields.size(); i++) {
          if (i > 0) b.append("; ");
          Var f = s.fields.get(i);
          if (!f.embedded) b.append(f.name).append(' ');
          typ(f.type);
          String tag = i < s.tags.size() ? s.tags.get(i) : "";
          if (tag != null && !tag.isEmpty()) b.append(' ').append(Constant.quote(tag));
        }
        b.append('}');
      }
      case Pointer p -> {
        b.append('*');
        typ(p.elem);
      }
      case Tuple tu -> tuple(tu, false);
      case Signature s -> {
        b.append("func");
        signature(s);
      }
      case Union u -> {
        for (int i = 0; i < u.terms.size(); i++) {
          if (i > 0) b.append('|');
          if (u.terms.get(i).tilde()) b.append('~');
          typ(u.terms.get(i).type());
        }
      }
      case Interface it -> {
        if (it == Universe.ANY) {
          b.append("any");
          return;
        }
        if (it.implicit && it.methods.isEmpty() && it.embeddeds.size() == 1) {
          typ(it.embeddeds.get(0));
          return;
        }
        b.append("interface{");
        boolean first = true;
        for (Func m : it.methods) {
          if (!first) b.append("; ");
          first = false;
          b.append(m.name);
          signature((Signature) m.type);
        }
        for (Type e : it.embeddeds) {
          if (!first) b.append("; ");
          first = false;
          typ(e);
        }
        if (it.comparable && it.embeddeds.isEmpty() && it.methods.isEmpty()) b.append("comparable");
        b.append('}');
      }
      case MapType m -> {
        b.append("map[");
        typ(m.key);
        b.append(']');
        typ(m.elem);
      }
      case Chan c -> {
        boolean parens = false;
        switch (c.dir) {
          case BOTH -> {
            b.append("chan ");
            parens = c.elem instanceof Chan cc && cc.dir == gava.syntax.Expr.ChanDir.RECV;
          }
          case SEND -> b.append("chan<- ");
          case RECV -> b.append("<-chan ");
        }
        if (parens) b.append('(');
        typ(c.elem);
        if (parens) b.append(')');
      }
      case Named n -> {
        if (n.obj.pkg != null && n.obj.pkg != local) b.append(n.obj.pkg.name).append('.');
        b.append(n.obj.name);
        if (!n.typeArgs.isEmpty()) {
          b.append('[');
          for (int i = 0; i < n.typeArgs.size(); i++) {
            if (i > 0) b.append(", ");
            typ(n.typeArgs.get(i));
          }
          b.append(']');
        } else if (!n.tparams.isEmpty()) {
          b.append('[');
          for (int i = 0; i < n.tparams.size(); i++) {
            if (i > 0) b.append(", ");
            TypeParam tp = n.tparams.get(i);
            b.append(tp.obj.name).append(' ');
            typ(tp.constraint);
          }
          b.append(']');
        }
      }
      case TypeParam tp -> b.append(tp.obj.name);
    }
  }

  private void tuple(Tuple t, boolean variadic) {
    b.append('(');
    for (int i = 0; i < t.vars.size(); i++) {
      if (i > 0) b.append(", ");
      Var v = t.vars.get(i);
      if (!v.name.isEmpty()) b.append(v.name).append(' ');
      Type ty = v.type;
      if (variadic && i == t.vars.size() - 1) {
        if (ty instanceof Slice s) {
          b.append("...");
          ty = s.elem;
        }
      }
      typ(ty);
    }
    b.append(')');
  }

  private void signature(Signature s) {
    if (!s.tparams.isEmpty()) {
      b.append('[');
      for (int i = 0; i < s.tparams.size(); i++) {
        if (i > 0) b.append(", ");
        TypeParam tp = s.tparams.get(i);
        b.append(tp.obj.name).append(' ');
        typ(tp.constraint);
      }
      b.append(']');
    }
    tuple(s.params, s.variadic);
    int n = s.results.size();
    if (n == 0) return;
    b.append(' ');
    if (n == 1 && s.results.vars.get(0).name.isEmpty()) {
      typ(s.results.at(0));
      return;
    }
    tuple(s.results, false);
  }
}
