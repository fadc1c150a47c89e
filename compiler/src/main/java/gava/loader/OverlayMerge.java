package gava.loader;

import gava.syntax.Decl;
import gava.syntax.Expr;
import gava.syntax.File;
import gava.syntax.Node;
import gava.syntax.Token;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Merges a std package's GOROOT files with its overlay files on syntax trees, per declaration:
 * every package-level name an overlay declares (function, type, var, const; a method as
 * {@code T.M} whatever its receiver's pointer-ness) removes the GOROOT declaration of that name,
 * and the overlay's declarations are added (the overlay files follow the GOROOT files, keeping
 * their own positions). A GOROOT {@code var}/{@code const} spec declaring several names loses only
 * the replaced ones (they become {@code _}, so the others and the spec's {@code iota} stay). Import
 * specs of a GOROOT file that only removed declarations used are dropped, so the merged package
 * has no "imported and not used" error. {@code init} and {@code _} never replace anything.
 */
public final class OverlayMerge {
  private OverlayMerge() {}

  /** The merged files: each GOROOT file with the replaced declarations removed, then the overlay files. */
  public static List<File> merge(List<File> goroot, List<File> overlay) {
    Set<String> replaced = new HashSet<>();
    for (File f : overlay) {
      for (Decl d : f.decls) replaced.addAll(keys(d));
    }
    List<File> out = new ArrayList<>();
    for (File f : goroot) out.add(replaced.isEmpty() ? f : strip(f, replaced));
    out.addAll(overlay);
    return out;
  }

  /** The package-level keys a declaration declares: its names, {@code T.M} for a method. */
  static List<String> keys(Decl d) {
    return switch (d) {
      case Decl.Func f when f.recv != null -> {
        String base = recvBase(f.recv.fieldType);
        yield base == null || f.name.name.equals("_") ? List.of() : List.of(base + "." + f.name.name);
      }
      case Decl.Func f -> f.name.name.equals("init") || f.name.name.equals("_") ? List.of() : List.of(f.name.name);
      case Decl.Type t -> t.name.name.equals("_") ? List.of() : List.of(t.name.name);
      case Decl.Var v -> names(v.names);
      case Decl.Const c -> names(c.names);
      case Decl.Import i -> List.of();
    };
  }

  private static List<String> names(List<Expr.Name> ns) {
    List<String> r = new ArrayList<>();
    for (Expr.Name n : ns) if (!n.name.equals("_")) r.add(n.name);
    return r;
  }

  /** The receiver's base type name: T in {@code T}, {@code *T}, {@code T[P]}, {@code (*T)}. */
  static String recvBase(Expr e) {
    while (true) {
      if (e instanceof Expr.Paren p) e = p.x;
      else if (e instanceof Expr.Operation op && op.op == Token.MUL && op.y == null) e = op.x;
      else if (e instanceof Expr.Index ix) e = ix.x;
      else break;
    }
    return e instanceof Expr.Name n ? n.name : null;
  }

  /** A GOROOT file without the replaced declarations and without the imports only they used. */
  static File strip(File f, Set<String> replaced) {
    List<Decl> kept = new ArrayList<>();
    List<Decl> removed = new ArrayList<>();
    for (Decl d : f.decls) {
      List<String> ks = keys(d);
      long hit = ks.stream().filter(replaced::contains).count();
      if (hit == 0) {
        kept.add(d);
      } else if (hit == ks.size() || d instanceof Decl.Func || d instanceof Decl.Type) {
        removed.add(d);
      } else {
        removed.add(d);
        kept.add(blankOut(d, replaced));
      }
    }
    if (removed.isEmpty()) return f;
    Set<String> usedBefore = qualifiers(removed);
    Set<String> usedAfter = qualifiers(kept);
    List<Decl> decls = new ArrayList<>();
    for (Decl d : kept) {
      if (d instanceof Decl.Import i && (i.localName == null || isPlainName(i))) {
        String name = importName(i);
        if (usedBefore.contains(name) && !usedAfter.contains(name)) continue;
      }
      decls.add(d);
    }
    return new File(f.pos, f.src, f.pkgName, decls);
  }

  private static boolean isPlainName(Decl.Import i) {
    return i.localName != null && !i.localName.name.equals("_") && !i.localName.name.equals(".");
  }

  /** The name an import declares in its file: the local name, else the path's last element. */
  static String importName(Decl.Import i) {
    if (i.localName != null) return i.localName.name;
    String t = i.path.text;
    String p = t.length() >= 2 ? t.substring(1, t.length() - 1) : t;
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** A var/const spec with the replaced names turned into {@code _}. */
  private static Decl blankOut(Decl d, Set<String> replaced) {
    List<Expr.Name> names = d instanceof Decl.Var v ? v.names : ((Decl.Const) d).names;
    List<Expr.Name> nn = new ArrayList<>();
    for (Expr.Name n : names) nn.add(replaced.contains(n.name) ? new Expr.Name(n.pos, "_") : n);
    Decl r = d instanceof Decl.Var v
        ? new Decl.Var(v.pos, nn, v.varType, v.values)
        : new Decl.Const(d.pos, nn, ((Decl.Const) d).constType, ((Decl.Const) d).values, ((Decl.Const) d).iota,
            ((Decl.Const) d).inherited);
    r.group = d.group;
    r.gcPos = d.gcPos;
    return r;
  }

  // ---- which names are used as package qualifiers (x in x.Sel) ----

  private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

  /** Every name used as the operand of a selector ({@code x} of {@code x.Sel}) in the declarations. */
  static Set<String> qualifiers(List<? extends Node> nodes) {
    Set<String> out = new HashSet<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node n : nodes) walk(n, out, seen);
    return out;
  }

  private static void walk(Object o, Set<String> out, Set<Object> seen) {
    if (o == null) return;
    if (o instanceof List<?> l) {
      for (Object x : l) walk(x, out, seen);
      return;
    }
    if (o instanceof Object[] a) {
      for (Object x : a) walk(x, out, seen);
      return;
    }
    if (!(o instanceof Node n) || !seen.add(n)) return;
    if (n instanceof Expr.Selector s && s.x instanceof Expr.Name x) out.add(x.name);
    for (Field fd : fields(n.getClass())) {
      try {
        walk(fd.get(n), out, seen);
      } catch (IllegalAccessException e) {
        // (syntax fields are public)
      }
    }
  }

  private static List<Field> fields(Class<?> c) {
    return FIELDS.computeIfAbsent(c, k -> {
      List<Field> r = new ArrayList<>();
      for (Class<?> x = k; x != null && x != Object.class; x = x.getSuperclass()) {
        for (Field fd : x.getDeclaredFields()) {
          if (Modifier.isStatic(fd.getModifiers()) || !Modifier.isPublic(fd.getModifiers())) continue;
          Class<?> t = fd.getType();
          if (Node.class.isAssignableFrom(t) || List.class.isAssignableFrom(t) || t.isArray()) r.add(fd);
        }
      }
      return r;
    });
  }
}
