package gava.types;

import gava.syntax.Expr;
import java.util.List;

/** Expressions printed as gc prints them in messages (syntax.String's short form). */
public final class ExprString {
  private ExprString() {}

  public static String of(Expr e) {
    if (e != null) {
      try {
        return gava.syntax.Printer.string(e);
      } catch (RuntimeException ex) {
        // fall back to the local printer
      }
    }
    StringBuilder b = new StringBuilder();
    write(b, e);
    return b.toString();
  }

  private static void write(StringBuilder b, Expr e) {
    switch (e) {
      case null -> b.append("<nil>");
      case Expr.Bad x -> b.append("<bad expr>");
      case Expr.Name x -> b.append(x.name);
      case Expr.BasicLit x -> b.append(x.text);
      case Expr.FuncLit x -> {
        write(b, x.sig);
        b.append(" {");
        if (x.body != null && !x.body.list.isEmpty()) b.append('…');
        b.append('}');
      }
      case Expr.CompositeLit x -> {
        if (x.litType != null) write(b, x.litType);
        b.append('{');
        if (!x.elems.isEmpty()) b.append('…');
        b.append('}');
      }
      case Expr.KeyValue x -> {
        write(b, x.key);
        b.append(": ");
        write(b, x.val);
      }
      case Expr.Paren x -> {
        b.append('(');
        write(b, x.x);
        b.append(')');
      }
      case Expr.Selector x -> {
        write(b, x.x);
        b.append('.').append(x.sel.name);
      }
      case Expr.Index x -> {
        write(b, x.x);
        b.append('[');
        list(b, x.indices);
        b.append(']');
      }
      case Expr.Slice x -> {
        write(b, x.x);
        b.append('[');
        if (x.lo != null) write(b, x.lo);
        b.append(':');
        if (x.hi != null) write(b, x.hi);
        if (x.max != null) {
          b.append(':');
          write(b, x.max);
        }
        b.append(']');
      }
      case Expr.Assert x -> {
        write(b, x.x);
        b.append(".(");
        write(b, x.assertType);
        b.append(')');
      }
      case Expr.TypeSwitchGuard x -> {
        if (x.lhs != null) b.append(x.lhs.name).append(" := ");
        write(b, x.x);
        b.append(".(type)");
      }
      case Expr.Operation x -> {
        if (x.y == null) {
          b.append(x.op.text);
          write(b, x.x);
        } else {
          write(b, x.x);
          b.append(' ').append(x.op.text).append(' ');
          write(b, x.y);
        }
      }
      case Expr.Call x -> {
        write(b, x.fun);
        b.append('(');
        list(b, x.args);
        if (x.hasDots) b.append("...");
        b.append(')');
      }
      case Expr.ArrayType x -> {
        b.append('[');
        if (x.len == null) b.append("...");
        else write(b, x.len);
        b.append(']');
        write(b, x.elem);
      }
      case Expr.SliceType x -> {
        b.append("[]");
        write(b, x.elem);
      }
      case Expr.DotsType x -> {
        b.append("...");
        write(b, x.elem);
      }
      case Expr.StructType x -> {
        b.append("struct{");
        fields(b, x.fields, "; ");
        b.append('}');
      }
      case Expr.InterfaceType x -> {
        b.append("interface{");
        for (int i = 0; i < x.elems.size(); i++) {
          if (i > 0) b.append("; ");
          Expr.Field f = x.elems.get(i);
          if (f.name != null) {
            b.append(f.name.name);
            if (f.fieldType instanceof Expr.FuncType ft) signature(b, ft);
          } else {
            write(b, f.fieldType);
          }
        }
        b.append('}');
      }
      case Expr.FuncType x -> {
        b.append("func");
        signature(b, x);
      }
      case Expr.MapType x -> {
        b.append("map[");
        write(b, x.key);
        b.append(']');
        write(b, x.elem);
      }
      case Expr.ChanType x -> {
        if (x.dir == Expr.ChanDir.RECV) b.append("<-");
        b.append("chan");
        if (x.dir == Expr.ChanDir.SEND) b.append("<-");
        b.append(' ');
        boolean paren = x.dir == Expr.ChanDir.BOTH && x.elem instanceof Expr.ChanType c && c.dir == Expr.ChanDir.RECV;
        if (paren) b.append('(');
        write(b, x.elem);
        if (paren) b.append(')');
      }
    }
  }

  private static void list(StringBuilder b, List<Expr> l) {
    for (int i = 0; i < l.size(); i++) {
      if (i > 0) b.append(", ");
      write(b, l.get(i));
    }
  }

  private static void signature(StringBuilder b, Expr.FuncType f) {
    b.append('(');
    fields(b, f.params, ", ");
    b.append(')');
    if (f.results.isEmpty()) return;
    b.append(' ');
    if (f.results.size() == 1 && f.results.get(0).name == null) {
      write(b, f.results.get(0).fieldType);
      return;
    }
    b.append('(');
    fields(b, f.results, ", ");
    b.append(')');
  }

  private static void fields(StringBuilder b, List<Expr.Field> fs, String sep) {
    for (int i = 0; i < fs.size(); i++) {
      Expr.Field f = fs.get(i);
      if (f.name != null) {
        b.append(f.name.name);
        if (i + 1 < fs.size() && fs.get(i + 1).fieldType == f.fieldType && fs.get(i + 1).name != null) {
          b.append(", ");
          continue;
        }
        b.append(' ');
      }
      write(b, f.fieldType);
      if (i + 1 < fs.size()) b.append(sep);
    }
  }
}
