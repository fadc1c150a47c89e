package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.types.Array;
import gava.types.Basic;
import gava.types.Chan;
import gava.types.Func;
import gava.types.Interface;
import gava.types.Lookup;
import gava.types.MapType;
import gava.types.Named;
import gava.types.Pointer;
import gava.types.Signature;
import gava.types.Sizes;
import gava.types.Slice;
import gava.types.Struct;
import gava.types.Tuple;
import gava.types.Type;
import gava.types.TypeParam;
import gava.types.Types;
import gava.types.Var;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The program's run-time type descriptors (reflect, internal/reflectlite): the class
 * {@code <main prefix>$Types} holding a compact string table of every type that can be observed at
 * run time (every type that reaches an interface, every struct and box class, and transitively their
 * element, key, field and method signature types, and {@code *T} for each named T), decoded lazily by
 * {@code gava.runtime.RTypeTable}. Each such type gets its interface-form class (struct class or a
 * box, {@link Classes#box}) so reflect can move values of it into interfaces. The table format is
 * {@link TypeTable}'s.
 */
final class TypeDescGen {
  private final Gen g;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<Type> types = new ArrayList<>();
  /** Boxes of predeclared basic types: class -> basic kind. */
  private final Map<String, Integer> basicBoxes = new LinkedHashMap<>();

  TypeDescGen(Gen g) {
    this.g = g;
  }

  /** Name of the class holding the table. */
  ClassDesc tableClass() {
    return ClassDesc.ofInternalName(g.classes.prefix + "$Types");
  }

  /**
   * Extends the closure over every struct, box and dynamic type registered so far; registers the
   * interface-form classes it needs. Returns true when that registered new classes (to generate).
   */
  boolean close() {
    int boxes = g.classes.boxes.size(), structs = g.classes.structs.size();
    for (Type t : List.copyOf(g.classes.dynTypes.values())) ref(t);
    for (Classes.StructInfo si : List.copyOf(g.classes.structs)) ref(si.goType());
    for (Classes.BoxInfo bi : List.copyOf(g.classes.boxes.values())) ref(bi.type());
    return boxes != g.classes.boxes.size() || structs != g.classes.structs.size();
  }

  /** Whether t can be described (no type parameters, no generic origin types). */
  private static boolean describable(Type t, int depth) {
    if (depth > 40) return true;
    return switch (t) {
      case null -> false;
      case TypeParam p -> false;
      case Tuple tu -> false;
      case Named n -> n.tparams.isEmpty() || !n.typeArgs.isEmpty();
      case Pointer p -> describable(p.elem, depth + 1);
      case Slice s -> describable(s.elem, depth + 1);
      case Array a -> describable(a.elem, depth + 1);
      case MapType m -> describable(m.key, depth + 1) && describable(m.elem, depth + 1);
      case Chan c -> describable(c.elem, depth + 1);
      case Struct s -> s.fields.stream().allMatch(f -> describable(f.type, depth + 1));
      case Signature s -> s.tparams.isEmpty() && s.params.vars.stream().allMatch(v -> describable(v.type, depth + 1))
          && s.results.vars.stream().allMatch(v -> describable(v.type, depth + 1));
      case Interface it -> it.terms == null || it.terms.isEmpty();
      case Basic b -> !b.isUntyped() && b.kind != Basic.Kind.INVALID;
      default -> false;
    };
  }

  /** Table reference of t: -kind for predeclared basic types, else its index (added with its closure). */
  int ref(Type t) {
    if (t instanceof Basic b) {
      int k = kind(t);
      ClassDesc box = Ifaces.canonical(b) == null ? boxOf(t) : null;
      if (box != null) basicBoxes.putIfAbsent(ProgramGen.internal(box), k);
      return -k;
    }
    if (!describable(t, 0)) return -0x7fff; // described as unsafe.Pointer-like "invalid"
    String key = g.classes.keys.key(t);
    Integer i = index.get(key);
    if (i != null) return i;
    int idx = types.size();
    index.put(key, idx);
    types.add(t);
    // closure
    Type u = Types.under(t);
    switch (u) {
      case Pointer p -> ref(p.elem);
      case Slice s -> ref(s.elem);
      case Array a -> ref(a.elem);
      case MapType m -> { ref(m.key); ref(m.elem); }
      case Chan c -> ref(c.elem);
      case Struct s -> { for (Var f : s.fields) ref(f.type); }
      case Signature s -> {
        for (Var v : s.params.vars) ref(v.type);
        for (Var v : s.results.vars) ref(v.type);
      }
      case Interface it -> { for (Func m : Lookup.methods(it)) ref(noRecv(m.sig())); }
      default -> {}
    }
    if (!(u instanceof Interface)) {
      for (Func m : methodSet(t)) ref(noRecv(m.sig()));
      if (t instanceof Named) ref(new Pointer(t));
      if (!(u instanceof Struct)) boxOf(t);
      else g.classes.structClass(t);
    }
    return idx;
  }

  private ClassDesc boxOf(Type t) {
    try {
      return g.classes.box(t).cd();
    } catch (RuntimeException e) {
      return null;
    }
  }

  static Signature noRecv(Signature s) {
    return s.recv == null ? s : new Signature(null, List.of(), s.params, s.results, s.variadic);
  }

  /** reflect.Kind of a type. */
  static int kind(Type t) {
    return switch (Types.under(t)) {
      case Basic b -> switch (b.kind) {
        case BOOL -> 1;
        case INT -> 2;
        case INT8 -> 3;
        case INT16 -> 4;
        case INT32 -> 5;
        case INT64 -> 6;
        case UINT -> 7;
        case UINT8 -> 8;
        case UINT16 -> 9;
        case UINT32 -> 10;
        case UINT64 -> 11;
        case UINTPTR -> 12;
        case FLOAT32 -> 13;
        case FLOAT64 -> 14;
        case COMPLEX64 -> 15;
        case COMPLEX128 -> 16;
        case STRING -> 24;
        case UNSAFE_POINTER -> 26;
        default -> 0;
      };
      case Array a -> 17;
      case Chan c -> 18;
      case Signature s -> 19;
      case Interface i -> 20;
      case MapType m -> 21;
      case Pointer p -> 22;
      case Slice s -> 23;
      case Struct s -> 25;
      default -> 0;
    };
  }

  /**
   * The method set of a non-interface type (spec "Method sets"): declared and promoted methods,
   * pointer-receiver ones only for pointer types, sorted by name.
   */
  static List<Func> methodSet(Type t) {
    List<Func> out = new ArrayList<>();
    Type base = t instanceof Pointer p ? p.elem : t;
    if (t instanceof Pointer && base instanceof Pointer) return out;
    if (Types.under(base) instanceof Interface) return out;
    if (t instanceof Named n && n.underlying() instanceof Pointer) return out;
    Map<String, Func> cands = new LinkedHashMap<>();
    collect(base, cands, new java.util.HashSet<>(), 0);
    for (Func c : cands.values()) {
      Lookup.Result r = Lookup.lookupFieldOrMethod(t, false, c.pkg, c.name);
      if (r.obj() instanceof Func f && !r.ambiguous()) out.add(f);
    }
    out.sort(java.util.Comparator.comparing((Func f) -> f.name));
    return out;
  }

  private static void collect(Type t, Map<String, Func> cands, java.util.Set<Type> seen, int depth) {
    if (depth > 20 || !seen.add(t)) return;
    if (t instanceof Named n) {
      n.expandMethods();
      for (Func m : n.methods) cands.putIfAbsent(id(m), m);
    }
    Type u = Types.under(t);
    if (u instanceof Struct s) {
      for (Var f : s.fields) {
        if (!f.embedded) continue;
        Type ft = f.type instanceof Pointer p ? p.elem : f.type;
        collect(ft, cands, seen, depth + 1);
      }
    } else if (u instanceof Interface it && depth > 0) {
      for (Func m : Lookup.methods(it)) cands.putIfAbsent(id(m), m);
    }
  }

  private static String id(Func m) {
    return m.exported() || m.pkg == null ? m.name : m.name + "@" + m.pkg.path;
  }

  // ---- reflect bridges ----

  /**
   * Adds to the interface-form class of dyn a public bridge {@code $M} for every exported method M
   * of dyn's method set not bridged yet (reflect calls methods through them).
   */
  static void reflectBridges(Gen g, java.util.Set<String> bridged, java.util.function.BiConsumer<Func, MethodTypeDesc> emit, Type dyn) {
    if (Types.isInterface(dyn) || !describable(dyn, 0)) return;
    List<Func> ms;
    try {
      ms = methodSet(dyn);
    } catch (RuntimeException e) {
      return;
    }
    for (Func m : ms) {
      if (!m.exported()) continue;
      MethodTypeDesc mtd;
      try {
        mtd = g.jt.methodType(m.sig(), false, List.of());
      } catch (RuntimeException e) {
        continue;
      }
      if (!bridged.add(m.name + mtd.descriptorString())) continue;
      emit.accept(m, mtd);
    }
  }

  // ---- the table ----

  byte[] generate(ClassFile cf) {
    TypeTable tt = new TypeTable();
    for (int i = 0; i < types.size(); i++) entry(tt, types.get(i));
    tt.prefixCount(types.size());
    tt.integer(basicBoxes.size());
    for (var e : basicBoxes.entrySet()) {
      tt.integer(e.getValue());
      tt.str(e.getKey());
    }
    List<String> chunks = tt.chunks();
    ClassDesc c = tableClass();
    ClassDesc rtypes = Rt.cd("RTypeTable");
    return cf.build(c, clb -> {
      clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
      clb.withMethodBody("data", MethodTypeDesc.of(CD_String), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, cb -> {
        cb.ldc(chunks.isEmpty() ? "" : chunks.get(0));
        for (int i = 1; i < chunks.size(); i++) {
          cb.ldc(chunks.get(i));
          cb.invokevirtual(CD_String, "concat", MethodTypeDesc.of(CD_String, CD_String));
        }
        cb.areturn();
      });
      clb.withMethodBody("register", MTD_void, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, cb -> {
        cb.ldc(c);
        cb.invokestatic(rtypes, "register", MethodTypeDesc.of(CD_void, CD_Class));
        cb.return_();
      });
    });
  }

  /** Emits {@code $Types.register()} (the first thing main does). */
  void callRegister(CodeBuilder cb) {
    cb.invokestatic(tableClass(), "register", MTD_void);
  }

  private void entry(TypeTable tt, Type t) {
    Type u = Types.under(t);
    tt.integer(kind(t));
    if (t instanceof Named n) {
      tt.integer(1);
      tt.str(namedName(n));
      tt.str(n.obj.pkg == null ? "" : n.obj.pkg.path);
      tt.str(n.obj.pkg == null ? "" : n.obj.pkg.name);
    } else {
      tt.integer(0);
    }
    String cls = "";
    if (!(u instanceof Interface) && Ifaces.canonical(t) == null) {
      if (u instanceof Struct) cls = ProgramGen.internal(g.classes.structClass(t));
      else {
        Classes.BoxInfo bi = g.classes.boxes.get(g.classes.keys.key(t));
        if (bi != null) cls = ProgramGen.internal(bi.cd());
      }
    }
    tt.str(cls);
    long size = 8, align = 8;
    try {
      size = Sizes.sizeof(t);
      align = Sizes.alignof(t);
    } catch (RuntimeException e) {
      // keep defaults
    }
    tt.integer(size);
    tt.integer(align);
    boolean cmp;
    try {
      cmp = Types.comparable(t);
    } catch (RuntimeException e) {
      cmp = false;
    }
    tt.integer(cmp ? 1 : 0);
    switch (u) {
      case Pointer p -> tt.integer(ref(p.elem));
      case Slice s -> tt.integer(ref(s.elem));
      case Array a -> { tt.integer(ref(a.elem)); tt.integer(a.len); }
      case MapType m -> { tt.integer(ref(m.key)); tt.integer(ref(m.elem)); }
      case Chan c -> {
        tt.integer(ref(c.elem));
        tt.integer(switch (c.dir) { case RECV -> 1; case SEND -> 2; default -> 3; });
      }
      case Struct s -> {
        tt.integer(s.fields.size());
        for (int i = 0; i < s.fields.size(); i++) {
          Var f = s.fields.get(i);
          tt.str(f.name);
          tt.str(f.exported() || f.pkg == null ? "" : f.pkg.path);
          tt.integer(ref(f.type));
          String tag = i < s.tags.size() && s.tags.get(i) != null ? s.tags.get(i) : "";
          tt.str(tag);
          tt.integer(f.embedded ? 1 : 0);
          long off = 0;
          try {
            off = Sizes.offsetof(s, i);
          } catch (RuntimeException e) {
            // keep 0
          }
          tt.integer(off);
          tt.str(StructGen.fieldName(s, i));
        }
      }
      case Signature s -> {
        tt.integer(s.params.size());
        for (Var v : s.params.vars) tt.integer(ref(v.type));
        tt.integer(s.results.size());
        for (Var v : s.results.vars) tt.integer(ref(v.type));
        tt.integer(s.variadic ? 1 : 0);
        String fi = "";
        try {
          Classes.FuncIface f = g.jt.funcIface(s);
          if (f != null) fi = ProgramGen.internal(f.cd());
        } catch (RuntimeException e) {
          // no func interface
        }
        tt.str(fi);
      }
      case Interface it -> {
        List<Func> ms = Lookup.methods(it);
        tt.integer(ms.size());
        for (Func m : ms) method(tt, m);
      }
      default -> {}
    }
    if (!(u instanceof Interface)) {
      List<Func> ms = methodSet(t);
      tt.integer(ms.size());
      for (Func m : ms) method(tt, m);
    }
  }

  private void method(TypeTable tt, Func m) {
    tt.str(m.name);
    tt.str(m.exported() || m.pkg == null ? "" : m.pkg.path);
    Signature s = noRecv(m.sig());
    tt.integer(ref(s));
    String desc = "";
    try {
      desc = g.jt.methodType(s, false, List.of()).descriptorString();
    } catch (RuntimeException e) {
      // not callable
    }
    tt.str(desc);
  }

  /** gc's Name() of a named type: T, or G[args] for an instance (arguments as gc's String()). */
  static String namedName(Named n) {
    Named local = n.origin != null ? n.origin : n;
    if (local.localGen > 0) {
      // declared inside a generic function: gc's T·N[function's type arguments;own type arguments]
      StringBuilder b = new StringBuilder(n.obj.name).append('\u00b7').append(local.localGen).append('[');
      for (int i = 0; i < local.implicitTargs.size(); i++) {
        if (i > 0) b.append(',');
        b.append(gcString(local.implicitTargs.get(i)));
      }
      for (int i = 0; i < n.typeArgs.size(); i++) {
        b.append(i == 0 ? ';' : ',').append(gcString(n.typeArgs.get(i)));
      }
      return b.append(']').toString();
    }
    if (n.typeArgs.isEmpty()) return n.obj.name;
    StringBuilder b = new StringBuilder(n.obj.name).append('[');
    for (int i = 0; i < n.typeArgs.size(); i++) {
      if (i > 0) b.append(',');
      b.append(gcString(n.typeArgs.get(i)));
    }
    return b.append(']').toString();
  }

  /** A type as reflect's String() prints it (used for type arguments in names). */
  static String gcString(Type t) {
    return switch (t) {
      case Named n -> (n.obj.pkg != null ? n.obj.pkg.name + "." : "") + namedName(n);
      case Basic b -> b.kind == Basic.Kind.UNSAFE_POINTER ? "unsafe.Pointer" : b.isUntyped() ? b.name : b.kind.name().toLowerCase(); // byte is uint8
      case Pointer p -> "*" + gcString(p.elem);
      case Slice s -> "[]" + gcString(s.elem);
      case Array a -> "[" + a.len + "]" + gcString(a.elem);
      case MapType m -> "map[" + gcString(m.key) + "]" + gcString(m.elem);
      case Chan c -> switch (c.dir) {
        case SEND -> "chan<- " + gcString(c.elem);
        case RECV -> "<-chan " + gcString(c.elem);
        default -> c.elem instanceof Chan e && e.dir == gava.syntax.Expr.ChanDir.RECV ? "chan (" + gcString(c.elem) + ")" : "chan " + gcString(c.elem);
      };
      case Struct s -> {
        if (s.fields.isEmpty()) yield "struct {}";
        StringBuilder b = new StringBuilder("struct { ");
        for (int i = 0; i < s.fields.size(); i++) {
          if (i > 0) b.append("; ");
          Var f = s.fields.get(i);
          if (!f.embedded) b.append(f.name).append(' ');
          b.append(gcString(f.type));
          String tag = i < s.tags.size() ? s.tags.get(i) : null;
          if (tag != null && !tag.isEmpty()) b.append(' ').append(gava.runtime.RType.quote(tag));
        }
        yield b.append(" }").toString();
      }
      case Signature s -> {
        StringBuilder b = new StringBuilder("func(");
        for (int i = 0; i < s.params.size(); i++) {
          if (i > 0) b.append(", ");
          if (s.variadic && i == s.params.size() - 1 && s.params.at(i) instanceof Slice sl) b.append("...").append(gcString(sl.elem));
          else b.append(gcString(s.params.at(i)));
        }
        b.append(')');
        if (s.results.size() == 1) b.append(' ').append(gcString(s.results.at(0)));
        else if (s.results.size() > 1) {
          b.append(" (");
          for (int i = 0; i < s.results.size(); i++) {
            if (i > 0) b.append(", ");
            b.append(gcString(s.results.at(i)));
          }
          b.append(')');
        }
        yield b.toString();
      }
      case Interface it -> {
        List<Func> ms = Lookup.methods(it);
        if (ms.isEmpty()) yield "interface {}";
        StringBuilder b = new StringBuilder("interface { ");
        for (int i = 0; i < ms.size(); i++) {
          if (i > 0) b.append("; ");
          Func m = ms.get(i);
          if (!m.exported() && m.pkg != null) b.append(m.pkg.name).append('.');
          b.append(m.name).append(gcString(noRecv(m.sig())).substring(4));
        }
        yield b.append(" }").toString();
      }
      default -> String.valueOf(t);
    };
  }
}
