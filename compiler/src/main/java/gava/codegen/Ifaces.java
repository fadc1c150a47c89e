package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.types.Basic;
import gava.types.Func;
import gava.types.Interface;
import gava.types.Lookup;
import gava.types.Named;
import gava.types.Pointer;
import gava.types.Signature;
import gava.types.Struct;
import gava.types.Type;
import gava.types.Types;
import gava.types.Var;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Interface values (design.md: an interface holds its dynamic value as an Object). The canonical
 * representations are java.lang boxes for int (Long), int32 (Integer), int8 (Byte), int16 (Short),
 * float64 (Double), float32 (Float), bool (Boolean), GoString for string and a private copy of the
 * struct object for struct values; every other concrete type (named non-struct types, pointers
 * including *T, slices, maps, funcs, arrays, other basic types) is boxed in a generated class per
 * Go type ({@link BoxGen}). Each Go interface used in a method call or assertion has a JVM
 * interface {@code $Iface·n} with a method {@code $M} per Go method; the struct classes and boxes
 * of types that implement it implement it with bridge methods, so calls are invokeinterface.
 */
final class Ifaces {
  enum Kind { CANON, STRUCT, BOX, IFACE }

  /** How values of a type are held in interfaces: the class to test with instanceof. */
  record Rep(Kind kind, ClassDesc cd) {}

  private final Gen g;
  private final CodeBuilder cb;
  private final ValueOps ops;

  Ifaces(Gen g, CodeBuilder cb) {
    this.g = g;
    this.cb = cb;
    this.ops = new ValueOps(g, cb);
  }

  static ClassDesc canonical(Type t) {
    if (!(t instanceof Basic b)) return null;
    return switch (b.kind) {
      case BOOL -> CD_Boolean;
      case INT -> CD_Long;
      case INT8 -> CD_Byte;
      case INT16 -> CD_Short;
      case INT32 -> CD_Integer;
      case FLOAT32 -> CD_Float;
      case FLOAT64 -> CD_Double;
      case STRING -> Rt.GOSTRING;
      default -> null;
    };
  }

  static String canonicalName(ClassDesc c) {
    if (c.equals(CD_Boolean)) return "bool";
    if (c.equals(CD_Long)) return "int";
    if (c.equals(CD_Byte)) return "int8";
    if (c.equals(CD_Short)) return "int16";
    if (c.equals(CD_Integer)) return "int32";
    if (c.equals(CD_Float)) return "float32";
    if (c.equals(CD_Double)) return "float64";
    return "string";
  }

  Rep rep(Type t) {
    if (Types.isInterface(t)) return new Rep(Kind.IFACE, CD_Object);
    ClassDesc c = canonical(t);
    if (c != null) return new Rep(Kind.CANON, c);
    register(t);
    if (Types.under(t) instanceof Struct) return new Rep(Kind.STRUCT, g.classes.structClass(t));
    return new Rep(Kind.BOX, g.classes.box(t).cd());
  }

  /** Records t as a dynamic type, and the interfaces of embedded interface fields its methods go through. */
  void register(Type t) {
    if (!g.classes.dynType(t)) return;
    registerEmbeddedIfaces(t, new HashSet<>());
  }

  private void registerEmbeddedIfaces(Type t, Set<String> seen) {
    Type st = t instanceof Pointer p ? p.elem : t;
    if (!(Types.under(st) instanceof Struct s) || !seen.add(g.classes.keys.key(st))) return;
    for (Var f : s.fields) {
      if (!f.embedded) continue;
      if (Types.isInterface(f.type)) {
        Interface it = (Interface) Types.under(f.type);
        if (!Lookup.methods(it).isEmpty()) g.classes.iface(it);
      } else {
        registerEmbeddedIfaces(f.type, seen);
      }
    }
  }

  // ---- conversions ----

  /** value of type from -> the Object an interface holds (struct values must already be private copies). */
  void box(Type from) {
    if (Types.isInterface(from)) return;
    if (from instanceof Basic b && b.kind == Basic.Kind.UNTYPED_NIL) return;
    Rep r = rep(from);
    switch (r.kind()) {
      case CANON -> {
        Basic b = (Basic) from;
        switch (b.kind) {
          case BOOL -> cb.invokestatic(CD_Boolean, "valueOf", MethodTypeDesc.of(CD_Boolean, CD_boolean));
          case INT -> cb.invokestatic(CD_Long, "valueOf", MethodTypeDesc.of(CD_Long, CD_long));
          case INT8 -> cb.invokestatic(CD_Byte, "valueOf", MethodTypeDesc.of(CD_Byte, CD_byte));
          case INT16 -> cb.invokestatic(CD_Short, "valueOf", MethodTypeDesc.of(CD_Short, CD_short));
          case INT32 -> cb.invokestatic(CD_Integer, "valueOf", MethodTypeDesc.of(CD_Integer, CD_int));
          case FLOAT32 -> cb.invokestatic(CD_Float, "valueOf", MethodTypeDesc.of(CD_Float, CD_float));
          case FLOAT64 -> cb.invokestatic(CD_Double, "valueOf", MethodTypeDesc.of(CD_Double, CD_double));
          default -> {}
        }
      }
      case STRUCT, IFACE -> {}
      case BOX -> cb.invokestatic(r.cd(), "of", MethodTypeDesc.of(r.cd(), g.jt.desc(from)));
    }
  }

  /** Object known to hold a value of type to -> that value (struct values copied). */
  void unbox(Type to) {
    Rep r = rep(to);
    switch (r.kind()) {
      case IFACE -> {}
      case CANON -> {
        Basic b = (Basic) to;
        cb.checkcast(r.cd());
        switch (b.kind) {
          case BOOL -> cb.invokevirtual(CD_Boolean, "booleanValue", MethodTypeDesc.of(CD_boolean));
          case INT -> cb.invokevirtual(CD_Long, "longValue", MethodTypeDesc.of(CD_long));
          case INT8 -> cb.invokevirtual(CD_Byte, "byteValue", MethodTypeDesc.of(CD_byte));
          case INT16 -> cb.invokevirtual(CD_Short, "shortValue", MethodTypeDesc.of(CD_short));
          case INT32 -> cb.invokevirtual(CD_Integer, "intValue", MethodTypeDesc.of(CD_int));
          case FLOAT32 -> cb.invokevirtual(CD_Float, "floatValue", MethodTypeDesc.of(CD_float));
          case FLOAT64 -> cb.invokevirtual(CD_Double, "doubleValue", MethodTypeDesc.of(CD_double));
          default -> {}
        }
      }
      case STRUCT -> {
        cb.checkcast(r.cd());
        ops.copy(to);
      }
      case BOX -> {
        cb.checkcast(r.cd());
        cb.getfield(r.cd(), "v", g.jt.desc(to));
      }
    }
  }

  /** Interfaces satisfied by the runtime's RuntimeError values (method set exactly Error() string). */
  static boolean isErrorLike(Interface it) {
    List<Func> ms = Lookup.methods(it);
    if (ms.size() == 1) return isErrorMethod(ms.get(0));
    // runtime.Error: error plus RuntimeError()
    return ms.size() == 2 && ms.stream().anyMatch(Ifaces::isErrorMethod) && ms.stream().anyMatch(Ifaces::isRuntimeErrorMethod);
  }

  /** {@code RuntimeError()}, runtime.Error's marker method (a no-op on the runtime's RuntimeError values). */
  static boolean isRuntimeErrorMethod(Func m) {
    Signature s = m.sig();
    return m.name.equals("RuntimeError") && s.params.size() == 0 && s.results.size() == 0;
  }

  static boolean isErrorMethod(Func m) {
    Signature s = m.sig();
    return m.name.equals("Error") && s.params.size() == 0 && s.results.size() == 1
        && s.results.at(0) instanceof Basic b && b.isString();
  }

  /** Object on the stack (consumed) -> jumps to target when (it holds a value of type t) == jumpIf. */
  void instanceJump(Type t, Label target, boolean jumpIf) {
    Rep r = rep(t);
    if (r.kind() == Kind.IFACE) {
      Interface it = (Interface) Types.under(t);
      if (Lookup.methods(it).isEmpty()) {
        if (jumpIf) cb.ifnonnull(target); else cb.ifnull(target);
        return;
      }
      Classes.IfaceInfo ii = g.classes.iface(it);
      if (isErrorLike(it)) {
        Label notRt = cb.newLabel(), done = cb.newLabel();
        cb.dup().instanceOf(Rt.cd("RuntimeError")).ifeq(notRt);
        cb.pop();
        if (jumpIf) cb.goto_(target); else cb.goto_(done);
        cb.labelBinding(notRt);
        cb.instanceOf(ii.cd());
        if (jumpIf) cb.ifne(target); else cb.ifeq(target);
        cb.labelBinding(done);
        return;
      }
      cb.instanceOf(ii.cd());
    } else {
      cb.instanceOf(r.cd());
    }
    if (jumpIf) cb.ifne(target); else cb.ifeq(target);
  }

  /** x.(T): Object -> value of T, panicking like gc when x does not hold a T. staticType: x's interface type. */
  void assertTo(Type t, Type staticType) {
    Label ok = cb.newLabel();
    cb.dup();
    instanceJump(t, ok, true);
    cb.ldc(goTypeString(staticType));
    if (Types.isInterface(t)) {
      Classes.IfaceInfo ii = g.classes.iface((Interface) Types.under(t));
      cb.ldc(goTypeString(t));
      cb.loadConstant(ii.id());
      cb.invokestatic(g.helpers.cd, g.helpers.assertIfaceFailed(), MethodTypeDesc.of(Rt.GOPANIC, CD_Object, CD_String, CD_String, CD_int));
    } else {
      cb.ldc(goTypeString(t));
      cb.ldc(gcPkgPath(t));
      cb.invokestatic(g.helpers.cd, g.helpers.assertFailed(), MethodTypeDesc.of(Rt.GOPANIC, CD_Object, CD_String, CD_String, CD_String));
    }
    cb.athrow();
    cb.labelBinding(ok);
    unbox(t);
  }

  /** gc's runtime pkgpath() of t: a named type's package, an unnamed struct's unexported fields' package, else "". */
  static String gcPkgPath(Type t) {
    if (t instanceof gava.types.Named n) return n.obj.pkg == null ? "" : n.obj.pkg.path;
    if (t instanceof gava.types.Struct st) {
      for (gava.types.Var f : st.fields) if (!f.exported() && f.pkg != null) return f.pkg.path;
    }
    return "";
  }

  /** A type as gc's runtime prints it in panics ({@code []uint8}, {@code interface {}}, {@code main.G[int]}). */
  static String goTypeString(Type t) {
    return TypeDescGen.gcString(t);
  }

  /** recv (Object), args -> result of the interface method m of it. */
  void call(Interface it, Func m) {
    Classes.IfaceInfo ii = g.classes.iface(it);
    MethodTypeDesc mtd = g.jt.methodType(m.sig(), false, List.of());
    if (isRuntimeErrorMethod(m)) {
      Label notRt = cb.newLabel(), done = cb.newLabel();
      cb.dup().instanceOf(Rt.cd("RuntimeError")).ifeq(notRt);
      cb.pop().goto_(done);
      cb.labelBinding(notRt);
      cb.checkcast(ii.cd());
      cb.invokeinterface(ii.cd(), "$" + m.name, mtd);
      cb.labelBinding(done);
      return;
    }
    if (isErrorMethod(m)) {
      Label notRt = cb.newLabel(), done = cb.newLabel();
      cb.dup().instanceOf(Rt.cd("RuntimeError")).ifeq(notRt);
      cb.checkcast(Rt.cd("RuntimeError")).invokevirtual(Rt.cd("RuntimeError"), "error", MethodTypeDesc.of(CD_String));
      cb.invokestatic(Rt.GOSTRING, "fromJava", MethodTypeDesc.of(Rt.GOSTRING, CD_String));
      cb.goto_(done);
      cb.labelBinding(notRt);
      cb.checkcast(ii.cd());
      cb.invokeinterface(ii.cd(), "$" + m.name, mtd);
      cb.labelBinding(done);
      return;
    }
    // The receiver (an Object, see CallGen) is below the arguments.
    cb.invokestatic(ii.cd(), dispatcherName(m), mtd.insertParameterTypes(0, CD_Object), true);
  }

  // ---- dispatchers ----

  /** At most this many dynamic types are tested for in a dispatcher (more: plain invokeinterface). */
  static final int MAX_DISPATCH = 8;

  /** The static dispatcher of method m in its interface class (no '·': tracebacks skip it). */
  static String dispatcherName(Func m) {
    return "$$" + m.name;
  }

  /**
   * Adds to interface class ii one static dispatcher per method, {@code $$M(Object recv, args)}: it
   * tests recv against the (final) classes of the program's dynamic types that implement the
   * interface and calls their bridge with invokevirtual, so each branch is monomorphic and the JIT
   * inlines the method; other receivers (and nil) go through invokeinterface.
   */
  static void dispatchers(Gen g, ClassBuilder clb, Classes.IfaceInfo ii) {
    List<ClassDesc> impls = new ArrayList<>();
    for (Type t : List.copyOf(g.classes.dynTypes.values())) {
      if (Types.isInterface(t) || canonical(t) != null) continue;
      if (Lookup.missingMethod(t, ii.type(), true, null) != null) continue;
      impls.add(Types.under(t) instanceof Struct ? g.classes.structClass(t) : g.classes.box(t).cd());
    }
    List<ClassDesc> tested = impls.size() > MAX_DISPATCH ? List.of() : impls;
    Set<String> seen = new HashSet<>();
    for (Func m : ii.methods()) {
      if (!seen.add(m.name)) continue;
      MethodTypeDesc mtd = g.jt.methodType(m.sig(), false, List.of());
      TypeKind rk = TypeKind.from(mtd.returnType());
      clb.withMethodBody(dispatcherName(m), mtd.insertParameterTypes(0, CD_Object),
          ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, cb -> {
        for (ClassDesc c : tested) {
          Label next = cb.newLabel();
          cb.aload(0).instanceOf(c).ifeq(next);
          cb.aload(0).checkcast(c);
          loadArgs(cb, mtd);
          cb.invokevirtual(c, "$" + m.name, mtd);
          cb.return_(rk);
          cb.labelBinding(next);
        }
        cb.aload(0).checkcast(ii.cd());
        loadArgs(cb, mtd);
        cb.invokeinterface(ii.cd(), "$" + m.name, mtd);
        cb.return_(rk);
      });
    }
  }

  // ---- implementing interfaces in generated classes ----

  /**
   * Makes class self (the representation of Go type dyn) implement every registered Go interface
   * dyn satisfies, with bridge methods; loadValue pushes the dyn value from {@code this}. (Struct
   * classes and boxes also implement GoPanicPrintable: the class's interface list is set once, here.)
   */
  static void implement(Gen g, ClassBuilder clb, ClassDesc self, Type dyn, java.util.function.Consumer<CodeBuilder> loadValue) {
    List<ClassDesc> ifs = new ArrayList<>();
    ifs.add(Rt.GOPANIC_PRINTABLE);
    Set<String> bridged = new HashSet<>();
    for (Classes.IfaceInfo ii : List.copyOf(g.classes.ifaces.values())) {
      if (Lookup.missingMethod(dyn, ii.type(), true, null) != null) continue;
      ifs.add(ii.cd());
      for (Func m : ii.methods()) {
        MethodTypeDesc mtd = g.jt.methodType(m.sig(), false, List.of());
        if (!bridged.add(m.name + mtd.descriptorString())) continue;
        clb.withMethodBody("$" + m.name, mtd, ClassFile.ACC_PUBLIC, cb -> bridge(g, cb, dyn, m, mtd, loadValue));
      }
    }
    if (g.program.describesTypes) {
      // reflect calls every exported method through such a bridge (TypeDescGen)
      TypeDescGen.reflectBridges(g, bridged, (m, mtd) ->
          clb.withMethodBody("$" + m.name, mtd, ClassFile.ACC_PUBLIC, cb -> bridge(g, cb, dyn, m, mtd, loadValue)), dyn);
    }
    clb.withInterfaceSymbols(ifs);
  }

  private static void bridge(Gen g, CodeBuilder cb, Type dyn, Func m, MethodTypeDesc mtd, java.util.function.Consumer<CodeBuilder> loadValue) {
    Lookup.Result r = Lookup.lookupFieldOrMethod(dyn, false, m.pkg, m.name);
    Func target = (Func) r.obj();
    loadValue.accept(cb);
    Type cur = new ReceiverAdapter(g, cb).adapt(dyn, r.path(), target);
    if (target.decl == null) {
      // promoted through an embedded interface field: call through that interface
      Classes.IfaceInfo ii = g.classes.iface((Interface) Types.under(cur));
      cb.checkcast(ii.cd());
      loadArgs(cb, mtd);
      cb.invokeinterface(ii.cd(), "$" + m.name, mtd);
    } else {
      loadArgs(cb, mtd);
      cb.invokestatic(g.ownerOf(target), g.funcName(target), g.jt.methodType(target.sig(), true, List.of()));
    }
    cb.return_(TypeKind.from(mtd.returnType()));
  }

  private static void loadArgs(CodeBuilder cb, MethodTypeDesc mtd) {
    int slot = 1;
    for (ClassDesc p : mtd.parameterList()) {
      TypeKind k = TypeKind.from(p);
      cb.loadLocal(k, slot);
      slot += k.slotSize();
    }
  }
}
