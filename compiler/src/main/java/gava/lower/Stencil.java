package gava.lower;

import gava.syntax.Decl;
import gava.syntax.Diagnostics;
import gava.syntax.Expr;
import gava.syntax.File;
import gava.syntax.Pos;
import gava.types.Array;
import gava.types.Chan;
import gava.types.Func;
import gava.types.Instantiator;
import gava.types.MapType;
import gava.types.Named;
import gava.types.Pointer;
import gava.types.Signature;
import gava.types.Slice;
import gava.types.Struct;
import gava.types.Tuple;
import gava.types.Type;
import gava.types.TypeParam;
import gava.types.Types;
import gava.types.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Monomorphisation (stencilling): every instance of a generic function, and every method of every
 * instance of a generic type the package's code uses, becomes an ordinary declaration: a copy of the
 * generic declaration's tree with the type arguments substituted in every annotation
 * ({@link StencilCopy}). Names in the package's own code that denote an instantiated generic
 * function are redirected to the instance's {@link Func}. Generic declarations themselves are not
 * compiled. An instance is named {@code F‹n›} (methods {@code (*T‹n›)·M}), which tracebacks print
 * as gc does: {@code main.F[...]}, {@code main.(*T[...]).M}.
 */
public final class Stencil {
  /** One stencilled function or method: its Func, the copied declaration, its signature with fresh variables, its JVM name. */
  public record Instance(Func func, Decl.Func decl, Signature sig, String jvmName) {}

  /** Beyond this depth of instances created by instances, instantiation is taken to be a cycle. */
  private static final int MAX_DEPTH = 40;

  private final Diagnostics diags;
  final List<Instance> instances = new ArrayList<>();
  private final ArrayDeque<Runnable> work = new ArrayDeque<>();
  private final Map<Func, List<FuncInst>> funcInstances = new IdentityHashMap<>();
  private final Set<Func> methodsDone = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Type> typesSeen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Named, Integer> namedIds = new IdentityHashMap<>();
  private final Map<String, Integer> counters = new HashMap<>();
  private boolean cycleReported;

  private record FuncInst(List<Type> targs, Func func) {}

  private Stencil(Diagnostics diags) {
    this.diags = diags;
  }

  /** Finds and stencils every instance the package's non-generic code needs (directly or through instances). */
  public static List<Instance> run(gava.types.Package pkg, List<File> files, Diagnostics diags) {
    Stencil s = new Stencil(diags);
    for (File f : files) {
      for (Decl d : f.decls) {
        if (d instanceof Decl.Func fd && isGeneric(fd)) continue;
        if (d instanceof Decl.Type) continue;
        if (d instanceof Decl.Import) continue;
        new StencilCopy(s, Map.of(), true, 0).copyDecl(d);
      }
    }
    while (!s.work.isEmpty()) s.work.poll().run();
    return s.instances;
  }

  /** A generic function, or a method of a generic type. */
  public static boolean isGeneric(Decl.Func fd) {
    if (!(fd.name.obj instanceof Func fn) || !(fn.type instanceof Signature sig)) return fd.tparams != null && !fd.tparams.isEmpty();
    return isGeneric(sig);
  }

  static boolean isGeneric(Signature sig) {
    return !sig.tparams.isEmpty() || !sig.rparams.isEmpty();
  }

  private boolean tooDeep(int depth, Pos at) {
    if (depth <= MAX_DEPTH) return false;
    if (!cycleReported) {
      cycleReported = true;
      diags.error(at == null ? Pos.NONE : at, "instantiation cycle");
    }
    return true;
  }

  private String nextName(String base) {
    return JvmNames.instanceName(base, counters.merge(base, 1, Integer::sum));
  }

  /** The instance of generic function origin for targs (concrete types), stencilled once. */
  Func funcInstance(Func origin, List<Type> targs, Pos at, int depth) {
    if (origin.decl == null || origin.decl.body == null) return origin;
    List<FuncInst> l = funcInstances.computeIfAbsent(origin, k -> new ArrayList<>());
    outer:
    for (FuncInst fi : l) {
      for (int i = 0; i < targs.size(); i++) if (!Types.identical(fi.targs.get(i), targs.get(i))) continue outer;
      return fi.func;
    }
    Signature gsig = origin.sig();
    Map<TypeParam, Type> bind = Instantiator.binding(gsig.tparams, targs);
    Signature isig = (Signature) Instantiator.substitute(new Signature(null, List.of(), gsig.params, gsig.results, gsig.variadic), bind);
    Func inst = new Func(origin.pos, origin.pkg, origin.name, isig);
    l.add(new FuncInst(List.copyOf(targs), inst));
    if (tooDeep(depth + 1, tparamPos(origin.decl, at))) {
      inst.decl = origin.decl; // not compiled: the program has an error
      return inst;
    }
    String name = nextName(origin.name);
    Decl.Func gd = origin.decl;
    work.add(() -> {
      inst.decl = stencil(gd, origin, bind, inst, name, depth + 1);
    });
    return inst;
  }

  /** Where gc reports an instantiation cycle: the generic function's first type parameter. */
  private static Pos tparamPos(Decl.Func d, Pos fallback) {
    return d.tparams != null && !d.tparams.isEmpty() && d.tparams.get(0).pos != null ? d.tparams.get(0).pos : fallback;
  }

  /** Stencils method m of an instance of a generic type (m one of the instance's methods). */
  void methodInstance(Func m, Pos at, int depth) {
    if (m.origin == null || m.decl == null || m.decl.body == null || !methodsDone.add(m)) return;
    Type rt = m.sig().recv.type;
    boolean ptr = rt instanceof Pointer;
    if (!(Types.deref(rt) instanceof Named inst) || inst.origin == null) return;
    if (tooDeep(depth + 1, at)) return;
    Func om = m.origin;
    Map<TypeParam, Type> bind = Instantiator.binding(om.sig().rparams, inst.typeArgs);
    int id = namedIds.computeIfAbsent(inst, k -> counters.merge(inst.obj.name, 1, Integer::sum));
    String name = JvmNames.methodName(JvmNames.instanceName(inst.obj.name, id), ptr, m.name);
    Decl.Func gd = m.decl;
    work.add(() -> stencil(gd, om, bind, m, name, depth + 1));
  }

  private Decl.Func stencil(Decl.Func gd, Func origin, Map<TypeParam, Type> bind, Func inst, String name, int depth) {
    StencilCopy c = new StencilCopy(this, bind, false, depth);
    List<Type> implicit = new ArrayList<>();
    for (TypeParam tp : origin.sig().tparams.isEmpty() ? origin.sig().rparams : origin.sig().tparams) {
      implicit.add(bind.getOrDefault(tp, tp));
    }
    c.implicitTargs = List.copyOf(implicit);
    Decl.Func copy = c.copyDecl(gd);
    Decl.Func cd = new Decl.Func(copy.pos, copy.recv, copy.name, List.of(), copy.sig, copy.body);
    cd.gcPos = copy.gcPos;
    cd.name.obj = inst;
    cd.name.typeArgs = null;
    Signature os = origin.sig();
    Signature sig = new Signature(os.recv == null ? null : c.var(os.recv), List.of(), c.tuple(os.params), c.tuple(os.results), os.variadic);
    instances.add(new Instance(inst, cd, sig, name));
    return cd;
  }

  /** Records that the program uses type t: the methods of every generic type instance in it are stencilled. */
  void need(Type t, Pos at, int depth) {
    if (t == null || !typesSeen.add(t)) return;
    switch (t) {
      case Named n -> {
        if (n.origin != null) {
          n.expandMethods();
          for (Func m : n.methods) methodInstance(m, at, depth);
        }
        if (n.tparams.isEmpty()) need(n.underlying(), at, depth);
      }
      case Pointer p -> need(p.elem, at, depth);
      case Slice s -> need(s.elem, at, depth);
      case Array a -> need(a.elem, at, depth);
      case MapType m -> {
        need(m.key, at, depth);
        need(m.elem, at, depth);
      }
      case Chan ch -> need(ch.elem, at, depth);
      case Struct st -> {
        for (Var f : st.fields) need(f.type, at, depth);
      }
      case Tuple tu -> {
        for (Var v : tu.vars) need(v.type, at, depth);
      }
      case Signature sg -> {
        if (isGeneric(sg)) return;
        need(sg.params, at, depth);
        need(sg.results, at, depth);
      }
      default -> {}
    }
  }
}
