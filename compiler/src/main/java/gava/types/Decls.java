package gava.types;

import gava.syntax.Decl;
import gava.syntax.Diagnostics;
import gava.syntax.Expr;
import gava.syntax.File;
import gava.syntax.Pos;
import gava.syntax.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Package-level declarations (spec "Declarations and scope", "Package initialization"): collecting
 * objects from all files, resolving them lazily in dependency order with cycle detection, type
 * declarations and method association, function declarations, and the initialization order.
 */
abstract class Decls extends Stmts {
  Decls(Package pkg, Diagnostics diags) {
    super(pkg, diags);
  }

  /** Source order of package-level objects. */
  final Map<Obj, Integer> order = new IdentityHashMap<>();
  /** Methods whose receiver base type name could be determined syntactically: name -> methods. */
  final Map<String, List<Func>> methodsByBaseName = new LinkedHashMap<>();
  final List<Func> initFuncs = new ArrayList<>();
  final Set<TypeName> aliasDecl = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  // ---------------------------------------------------------------- collecting

  void collectObjects(List<File> files) {
    List<Scope> fileScopes = new ArrayList<>();
    for (File file : files) {
      if (file.pkgName != null && file.pkgName.name.equals("_") && pkg.name.equals("_")) {
        error(file.pkgName.pos, "invalid package name _");
      } else if (file.pkgName != null && !file.pkgName.name.equals(pkg.name)) {
        if (file.pkgName.name.equals("_")) error(file.pkgName.pos, "invalid package name _");
        else error(file.pkgName.pos, "package " + file.pkgName.name + "; expected " + pkg.name);
        continue;
      }
      Scope fileScope = new Scope(pkg.scope, "file " + (file.src == null ? "" : file.src.path()));
      fileScopes.add(fileScope);
      for (Decl d : file.decls) {
        switch (d) {
          case Decl.Import im -> importDecl(im, fileScope);
          case Decl.Const c -> {
            for (int i = 0; i < c.names.size(); i++) {
              Expr.Name name = c.names.get(i);
              Const obj = new Const(name.pos, pkg, name.name, null, null);
              DeclInfo info = new DeclInfo();
              info.fileScope = fileScope;
              info.vtyp = c.constType;
              info.init = i < c.values.size() ? c.values.get(i) : null;
              info.inherited = c.inherited;
              info.iota = c.iota;
              declarePkgObj(name, obj, info);
            }
            Env saved = env;
            env = new Env();
            env.scope = fileScope;
            arity(c.pos, c.names, c.values, true, c.inherited);
            env = saved;
          }
          case Decl.Var v -> {
            List<Var> lhs = new ArrayList<>();
            for (Expr.Name name : v.names) {
              Var obj = new Var(name.pos, pkg, name.name, null, false);
              obj.isGlobal = true;
              lhs.add(obj);
            }
            DeclInfo shared = null;
            if (v.values.size() == 1 && v.names.size() > 1) {
              shared = new DeclInfo();
              shared.fileScope = fileScope;
              shared.lhs = lhs;
              shared.vtyp = v.varType;
              shared.init = v.values.get(0);
            }
            for (int i = 0; i < v.names.size(); i++) {
              DeclInfo info = shared;
              if (info == null) {
                info = new DeclInfo();
                info.fileScope = fileScope;
                info.vtyp = v.varType;
                info.init = i < v.values.size() ? v.values.get(i) : null;
              }
              declarePkgObj(v.names.get(i), lhs.get(i), info);
            }
            if (v.varType == null || !v.values.isEmpty()) {
              Env saved = env;
              env = new Env();
              env.scope = fileScope;
              arity(v.pos, v.names, v.values, false, false);
              env = saved;
            }
          }
          case Decl.Type t -> {
            TypeName obj = new TypeName(t.name.pos, pkg, t.name.name, null);
            if (t.alias) aliasDecl.add(obj);
            DeclInfo info = new DeclInfo();
            info.fileScope = fileScope;
            info.tdecl = t;
            declarePkgObj(t.name, obj, info);
          }
          case Decl.Func f -> funcDeclCollect(f, fileScope);
        }
      }
    }
    // types2: objects in package and file scopes have different names
    for (Scope fs : fileScopes) {
      for (Obj o : fs.objects()) {
        Obj alt = pkg.scope.lookupLocal(o.name);
        if (alt == null) continue;
        if (o instanceof PkgName pn) {
          errorParts(alt.pos, alt.name + " already declared through import of package " + pn.imported.name + " ("
              + quote(pn.imported.path) + ")", pn.pos, "other declaration of " + o.name);
        } else if (o.pkg != null) {
          errorParts(alt.pos, alt.name + " already declared through dot-import of package " + o.pkg.name + " ("
              + quote(o.pkg.path) + ")", o.pos, "other declaration of " + o.name);
        }
      }
    }
    // associate methods with receiver base type names
    for (Map.Entry<String, List<Func>> e : methodsByBaseName.entrySet()) {
      Obj base = pkg.scope.lookupLocal(e.getKey());
      for (int guard = 0; guard < 100 && base instanceof TypeName tn && aliasDecl.contains(tn); guard++) {
        String next = recvBaseName(objMap.get(tn).tdecl.typeExpr);
        base = next == null ? null : pkg.scope.lookupLocal(next);
      }
      if (base instanceof TypeName tn && !aliasDecl.contains(tn)) {
        methods.computeIfAbsent(tn, k -> new ArrayList<>()).addAll(e.getValue());
      }
    }
  }

  private void importDecl(Decl.Import im, Scope fileScope) {
    if (im.path != null && im.path.bad) return; // types2: error reported during parsing
    Constant p = im.path == null ? null : ConstOps.literal(Expr.LitKind.STRING, im.path.text);
    String path = p == null ? "" : p.stringValue();
    gava.syntax.Pos pos = im.localName != null ? im.localName.pos : im.path != null ? im.path.pos : im.pos;
    if (im.path != null && p != null) {
      String bad = ImportPaths.invalid(p.stringValue());
      if (bad != null) {
        error(im.path.pos, "invalid import path (" + bad + ")"); // types2: the import is dropped
        return;
      }
    }
    String why = ImportPaths.unimportable(path);
    Package imp = why != null ? null : path.equals("unsafe") ? Unsafe.PKG : importer.importPackage(path);
    if (imp == null) {
      error(im.path == null ? im.pos : im.path.pos, "could not import " + path + " (" + (why != null ? why : "not supported yet") + ")");
      String elem = path.contains("/") ? path.substring(path.lastIndexOf('/') + 1) : path;
      imp = new Package(path, elem, Universe.SCOPE);
      fakeImports.add(imp);
    }
    String name = im.localName != null ? im.localName.name : imp.name;
    if (name.equals("init")) {
      error(pos, "cannot import package as init - init must be a func");
      return;
    }
    if (!pkg.imports.contains(imp)) pkg.imports.add(imp);
    PkgName pn = new PkgName(pos, pkg, name, imp);
    if (fakeImports.contains(imp)) pn.used = true;
    if (im.localName != null) recordDef(im.localName, pn);
    imports.add(pn);
    if (name.isEmpty() || name.equals("_")) return;
    if (name.equals(".")) {
      Map<String, PkgName> dots = dotImports.computeIfAbsent(fileScope, k -> new java.util.HashMap<>());
      for (Obj o : imp.scope.objects()) {
        if (!o.exported()) continue;
        Obj alt = fileScope.lookupLocal(o.name);
        if (alt != null) {
          errorParts(pos, alt.name + " redeclared in this block", alt.pos, "other declaration of " + alt.name);
          continue;
        }
        fileScope.insert(o);
        dots.put(o.name, pn);
      }
      return;
    }
    Obj alt = fileScope.insert(pn);
    if (alt != null) {
      errorParts(pn.pos, name + " redeclared in this block", alt.pos, "other declaration of " + name);
    }
  }

  /** types2 unusedImports: every import whose package name was never used (blank imports aside). */
  void unusedImports() {
    for (PkgName pn : imports) {
      if (pn.used || pn.name.equals("_")) continue;
      String path = pn.imported.path;
      String elem = path.substring(path.lastIndexOf('/') + 1);
      if (pn.name.isEmpty() || pn.name.equals(".") || pn.name.equals(elem)) {
        error(pn.pos, "imported and not used: " + quote(path));
      } else {
        error(pn.pos, "imported and not used: " + quote(path) + " as " + pn.name);
      }
    }
  }

  private static String quote(String s) {
    return gava.syntax.Quote.string(s);
  }

  private void declarePkgObj(Expr.Name id, Obj obj, DeclInfo info) {
    if (id.name.equals("init")) {
      error(id, "cannot declare init - must be func");
      return;
    }
    if (id.name.equals("main") && pkg.name.equals("main")) {
      error(id, "cannot declare main - must be func");
      return;
    }
    declare(pkg.scope, id, obj);
    order.put(obj, order.size());
    objMap.put(obj, info);
  }

  private void funcDeclCollect(Decl.Func f, Scope fileScope) {
    String name = f.name.name;
    Func obj = new Func(f.name.pos, pkg, name, null);
    obj.decl = f;
    DeclInfo info = new DeclInfo();
    info.fileScope = fileScope;
    info.fdecl = f;
    recordDef(f.name, obj);
    if (f.recv == null) {
      if (name.equals("init") || (name.equals("main") && pkg.name.equals("main"))) {
        if (f.tparams != null && !f.tparams.isEmpty()) {
          error(f.tparams.get(0).pos, "func " + name + " must have no type parameters");
        }
        if (!f.sig.params.isEmpty() || !f.sig.results.isEmpty()) {
          error(f.name, "func " + name + " must have no arguments and no return values");
        }
      }
      if (name.equals("init")) {
        initFuncs.add(obj);
        if (f.body == null) error(f.name, "missing function body");
      } else {
        if (!name.equals("_")) declare(pkg.scope, null, obj);
      }
    } else {
      String base = recvBaseName(f.recv.fieldType);
      if (base != null && !name.equals("_")) {
        methodsByBaseName.computeIfAbsent(base, k -> new ArrayList<>()).add(obj);
      }
    }
    order.put(obj, order.size());
    objMap.put(obj, info);
    pkg.funcs.add(obj);
  }

  private static String recvBaseName(Expr e) {
    while (true) {
      e = unparen(e);
      if (e instanceof Expr.Operation op && op.op == Token.MUL && op.y == null) {
        e = op.x;
        continue;
      }
      if (e instanceof Expr.Index ix) {
        e = ix.x;
        continue;
      }
      break;
    }
    return e instanceof Expr.Name n ? n.name : null;
  }

  // ---------------------------------------------------------------- resolving

  void packageObjects() {
    List<Obj> objs = new ArrayList<>(objMap.keySet());
    List<Obj> aliases = new ArrayList<>(), others = new ArrayList<>();
    for (Obj o : objs) {
      if (o instanceof TypeName tn) {
        if (aliasDecl.contains(tn)) aliases.add(o);
        else objDecl(o, null);
      } else {
        others.add(o);
      }
    }
    for (Obj o : aliases) objDecl(o, null);
    for (Obj o : others) objDecl(o, null);
    for (int i = 0; i < delayed.size(); i++) delayed.get(i).run();
    delayed.clear();
  }

  @Override
  void objDecl(Obj obj, Named def) {
    if (obj.pkg == null || obj.pkg != pkg) return; // predeclared and imported objects are complete (and shared: never modified)
    Integer c = color.get(obj);
    if (c == null && obj.type != null) {
      color.put(obj, BLACK);
      return;
    }
    if (c != null && c == BLACK) return;
    if (c != null) {
      // grey: a cycle
      int start = objPath.indexOf(obj);
      switch (obj) {
        case Const k -> {
          if (!validCycle(obj, start) || k.type == null) k.type = Universe.INVALID;
        }
        case Var v -> {
          if (!validCycle(obj, start) || v.type == null) v.type = Universe.INVALID;
        }
        case TypeName t -> {
          if (!validCycle(obj, start)) t.type = Universe.INVALID;
        }
        case Func f -> validCycle(obj, start);
        default -> {}
      }
      return;
    }
    DeclInfo d = objMap.get(obj);
    if (d == null) {
      // a local object or one without declaration (should have a type)
      if (obj.type == null) obj.type = Universe.INVALID;
      return;
    }
    color.put(obj, GREY);
    objPath.add(obj);
    diags.at(obj.pos);
    Env saved = env;
    env = new Env();
    env.decl = d;
    env.scope = d.fileScope;
    try {
      switch (obj) {
        case Const k -> constDecl(k, d.vtyp, d.init, d.inherited, Constant.ofInt(d.iota), k.pos);
        case Var v -> {
          Type declared = d.vtyp != null ? varTypeOnce(d) : null;
          varDecl(v, d.lhs, declared, d.vtyp != null, d.init);
          if (v.type == null) v.type = Universe.INVALID;
          if (d.lhs != null) for (Var w : d.lhs) if (w.type != null) color.putIfAbsent(w, BLACK);
        }
        case TypeName t -> typeDecl(t, d.tdecl, def);
        case Func f -> funcDecl(f, d);
        default -> {}
      }
    } finally {
      env = saved;
      objPath.remove(objPath.size() - 1);
      color.put(obj, BLACK);
    }
  }

  private final Map<DeclInfo, Type> declaredVarTypes = new IdentityHashMap<>();

  private Type varTypeOnce(DeclInfo d) {
    Type t = declaredVarTypes.get(d);
    if (t == null) {
      t = varType(d.vtyp);
      declaredVarTypes.put(d, t);
    }
    return t;
  }

  private boolean validCycle(Obj obj, int start) {
    if (start < 0) return true;
    List<Obj> cycle = objPath.subList(start, objPath.size());
    int nval = 0, ndef = 0;
    boolean tparCycle = false;
    for (Obj o : cycle) {
      if (o instanceof TypeName t && env.inTParamList && t.type instanceof Named n && n.origin == null && !n.tparams.isEmpty()) {
        // a cycle through a generic type's own type parameter list (type T[P interface{ m() T[P] }])
        tparCycle = true;
        break;
      }
      switch (o) {
        case Const k -> nval++;
        case Var v -> nval++;
        case TypeName t -> {
          boolean alias = objMap.containsKey(t) ? aliasDecl.contains(t) : t.alias;
          if (!alias) ndef++;
        }
        default -> {}
      }
    }
    if (!tparCycle && nval == cycle.size()) return true;
    if (!tparCycle && nval == 0 && ndef > 0) return true;
    cycleError(new ArrayList<>(cycle));
    return false;
  }

  void cycleError(List<Obj> cycle) {
    int i = firstInSrc(cycle);
    Obj obj = cycle.get(i);
    String head = obj instanceof TypeName ? "invalid recursive type " + obj.name : "illegal cycle in declaration of " + obj.name;
    List<Object> parts = new ArrayList<>();
    for (int k = 0; k < cycle.size(); k++) {
      parts.add(obj.pos);
      parts.add(obj.name + " refers to");
      i++;
      if (i >= cycle.size()) i = 0;
      obj = cycle.get(i);
    }
    parts.add(obj.pos);
    parts.add(obj.name);
    errorParts(cycle.get(firstInSrc(cycle)).pos, head, parts.toArray());
  }

  private static int firstInSrc(List<Obj> path) {
    int best = 0;
    for (int i = 1; i < path.size(); i++) if (path.get(i).pos.compareTo(path.get(best).pos) < 0) best = i;
    return best;
  }

  // ---------------------------------------------------------------- type declarations

  @Override
  void typeDecl(TypeName obj, Decl.Type tdecl, Named def) {
    boolean generic = tdecl.tparams != null && !tdecl.tparams.isEmpty();
    if (generic && tdecl.alias) {
      genericAliasDecl(obj, tdecl);
      return;
    }
    if (tdecl.alias) {
      obj.alias = true;
      obj.type = Universe.INVALID;
      Type rhs = varTypeNoCheck(tdecl.typeExpr);
      obj.type = rhs;
      return;
    }
    Named named = new Named(obj, null);
    obj.type = named;
    Type rhs;
    Scope saved = env.scope;
    try {
      if (generic) {
        Scope tpScope = new Scope(env.scope, "type parameters of " + obj.name);
        declareTypeParams(tdecl.tparams, tpScope, named);
        env.scope = tpScope;
      }
      rhs = definedType(tdecl.typeExpr, named);
    } finally {
      env.scope = saved;
    }
    if (rhs instanceof TypeParam) {
      error(tdecl.typeExpr, "cannot use a type parameter as RHS in type declaration");
      rhs = Universe.INVALID;
    }
    // the underlying type is the underlying type of rhs (following declared names)
    rhsOf.put(named, rhs);
    Type u = rhs;
    List<Named> chain = new ArrayList<>();
    chain.add(named);
    while (u instanceof Named n) {
      int i = chain.indexOf(n);
      if (i >= 0) {
        List<Obj> cycle = new ArrayList<>();
        for (Named m : chain.subList(i, chain.size())) cycle.add(m.obj);
        cycleError(cycle);
        u = Universe.INVALID;
        break;
      }
      chain.add(n);
      Type nu = n.underlying();
      if (rhsOf.get(n) instanceof Named r) nu = r;
      if (nu == null) {
        // n is still being declared (type T12 struct{ F *T15 }; type T15 T12): resolved once it is
        u = null;
        break;
      }
      u = nu;
    }
    if (u == null) pendingUnderlying.add(named);
    else named.setUnderlying(u);
    resolvePending();
    validType(named, new ArrayList<>());
    collectMethods(obj, named);
  }

  /**
   * A generic alias (Go 1.24): the right-hand side is checked with the type parameters in scope;
   * uses {@code A[args]} substitute them (TypeExprs.instantiatedType).
   */
  private void genericAliasDecl(TypeName obj, Decl.Type tdecl) {
    obj.alias = true;
    obj.type = Universe.INVALID;
    Scope saved = env.scope;
    Type rhs;
    try {
      Scope tpScope = new Scope(env.scope, "type parameters of " + obj.name);
      List<TypeParam> tps = declareTypeParams(tdecl.tparams, tpScope, null);
      obj.tparams = tps;
      env.scope = tpScope;
      rhs = varTypeNoCheck(tdecl.typeExpr);
      if (rhs instanceof TypeParam tp && tps.contains(tp)) {
        error(tdecl.typeExpr, "cannot use type parameter declared in alias declaration as RHS");
        rhs = Universe.INVALID;
      }
    } finally {
      env.scope = saved;
    }
    obj.type = rhs;
  }

  private Type varTypeNoCheck(Expr e) {
    return typ(e);
  }

  /** Declared types whose right-hand side led to a type still being declared (underlying not known yet). */
  private final List<Named> pendingUnderlying = new ArrayList<>();

  /** Sets the underlying types of pending declarations whose chain of declared names now ends. */
  private void resolvePending() {
    for (boolean changed = true; changed && !pendingUnderlying.isEmpty(); ) {
      changed = false;
      for (java.util.Iterator<Named> it = pendingUnderlying.iterator(); it.hasNext(); ) {
        Named p = it.next();
        Type u = rhsOf.get(p);
        for (int steps = 0; u instanceof Named n && steps <= rhsOf.size(); steps++) {
          u = n.underlying() != null ? n.underlying() : rhsOf.get(n);
        }
        if (u == null || u instanceof Named) continue;
        p.setUnderlying(u);
        it.remove();
        changed = true;
      }
    }
  }

  /** The type expression's type of each declared Named (types2's fromRHS). */
  private final Map<Named, Type> rhsOf = new IdentityHashMap<>();

  private final Set<Named> validated = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /** Reports types that contain themselves directly (through arrays and struct fields). */
  private void validType(Named t, List<Named> path) {
    validType0(t, path);
  }

  private static final int VALID = 0, CYCLE = 1, INCOMPLETE = 2;

  private int validType0(Type t, List<Named> path) {
    switch (t) {
      case Array a -> {
        return validType0(a.elem, path);
      }
      case Struct st -> {
        int r = VALID;
        for (Var f : st.fields) {
          int k = validType0(f.type, path);
          if (k == CYCLE) return CYCLE;
          r = Math.max(r, k);
        }
        return r;
      }
      case Union un -> {
        int r = VALID;
        for (Union.Term term : un.terms) {
          int k = validType0(term.type(), path);
          if (k == CYCLE) return CYCLE;
          r = Math.max(r, k);
        }
        return r;
      }
      case Interface it -> {
        int r = VALID;
        for (Type e : it.embeddeds) {
          int k = validType0(e, path);
          if (k == CYCLE) return CYCLE;
          r = Math.max(r, k);
        }
        return r;
      }
      case Named n -> {
        if (validated.contains(n)) return VALID;
        if (n.obj.pkg != pkg) return VALID;
        int i = path.indexOf(n);
        if (i >= 0) {
          List<Obj> cycle = new ArrayList<>();
          for (Named m : path.subList(i, path.size())) cycle.add(m.obj);
          cycleError(cycle);
          for (Named m : path.subList(i, path.size())) m.setUnderlying(Universe.INVALID);
          return CYCLE;
        }
        Type u = rhsOf.containsKey(n) ? rhsOf.get(n) : n.underlying();
        if (u == null) return INCOMPLETE;
        path.add(n);
        int r = validType0(u, path);
        path.remove(path.size() - 1);
        if (r == VALID) validated.add(n);
        return r;
      }
      default -> {
        return VALID;
      }
    }
  }

  private void collectMethods(TypeName obj, Named named) {
    List<Func> ms = methods.remove(obj);
    if (ms == null) return;
    Map<String, Func> seen = new HashMap<>();
    for (Func m : named.methods) seen.put(m.name, m);
    for (Func m : ms) {
      Func alt = seen.get(m.name);
      if (alt != null) {
        errorParts(m.pos, obj.name + "." + m.name + " redeclared in this block", alt.pos, "other declaration of " + m.name);
        continue;
      }
      // later: the underlying type may still be pending (see resolvePending)
      later(() -> {
        if (!(named.underlying() instanceof Struct st)) return;
        for (Var f : st.fields) {
          if (f.name.equals(m.name)) {
            errorParts(m.pos, "field and method with the same name " + f.name, f.pos, "other declaration of " + m.name);
            break;
          }
        }
      });
      seen.put(m.name, m);
      named.methods.add(m);
    }
  }

  // ---------------------------------------------------------------- function declarations

  private void funcDecl(Func obj, DeclInfo d) {
    Decl.Func fdecl = d.fdecl;
    color.put(obj, BLACK);
    obj.type = new Signature(null, List.of(), Tuple.EMPTY, Tuple.EMPTY, false); // guards against cycles
    Scope sigScope = new Scope(d.fileScope, "function " + obj.name);
    Signature sig = funcType(fdecl.recv, fdecl.tparams, fdecl.sig, sigScope);
    obj.type = sig;
    if (sig.recv != null) later(() -> checkReceiver(sig.recv, fdecl.recv));
    if (!sig.tparams.isEmpty() && fdecl.body == null) error(fdecl.pos, "parameterized function is missing function body");
    if (fdecl.body != null) {
      DeclInfo decl = d;
      later(() -> {
        Env saved = env;
        env = new Env();
        env.decl = decl;
        env.scope = decl.fileScope;
        try {
          funcBody(obj.name, sig, fdecl.body, null, sigScope);
        } finally {
          env = saved;
        }
      });
    }
  }

  private static boolean hasTypeArgs(Expr e) {
    e = unparen(e);
    if (e instanceof Expr.Operation op && op.op == Token.MUL && op.y == null) e = unparen(op.x);
    return e instanceof Expr.Index;
  }

  private void checkReceiver(Var recv, Expr.Field field) {
    Type rtyp = recv.type instanceof Pointer p ? p.elem : recv.type;
    if (Types.isInvalid(rtyp)) return;
    Pos at = recv.pos;
    switch (rtyp) {
      case Named n -> {
        if (n.obj.pkg != pkg) {
          error(at, "cannot define new methods on non-local type " + s(rtyp));
          return;
        }
        String cause = "";
        Type u = n.underlying();
        if (u instanceof Basic b && b.kind == Basic.Kind.UNSAFE_POINTER) cause = "unsafe.Pointer";
        else if (u instanceof Pointer || u instanceof Interface) cause = "pointer or interface type";
        if (!cause.isEmpty()) error(at, "invalid receiver type " + s(rtyp) + " (" + cause + ")");
      }
      case Basic b -> error(at, "cannot define new methods on non-local type " + s(rtyp));
      default -> error(at, "invalid receiver type " + s(recv.type));
    }
  }

  // ---------------------------------------------------------------- initialization order

  void initOrder() {
    final class Node {
      final Obj obj;
      final Set<Node> pred = new LinkedHashSet<>(), succ = new LinkedHashSet<>();
      int ndeps;

      Node(Obj obj) {
        this.obj = obj;
      }
    }
    Map<Obj, Node> M = new LinkedHashMap<>();
    for (Obj o : objMap.keySet()) {
      if (o instanceof Const || o instanceof Var || o instanceof Func) M.put(o, new Node(o));
    }
    for (Node n : M.values()) {
      for (Obj d : objMap.get(n.obj).deps) {
        Node dn = M.get(d);
        if (dn != null) {
          n.succ.add(dn);
          dn.pred.add(n);
        }
      }
    }
    List<Node> G = new ArrayList<>(), funcG = new ArrayList<>();
    for (Node n : M.values()) (n.obj instanceof Func ? funcG : G).add(n);
    funcG.sort(java.util.Comparator.comparingInt(n -> n.pred.size() * n.succ.size()));
    for (Node n : funcG) {
      for (Node p : n.pred) {
        if (p != n) {
          for (Node s : n.succ) {
            if (s != n) {
              p.succ.add(s);
              s.pred.add(p);
            }
          }
          p.succ.remove(n);
        }
      }
      for (Node s : n.succ) s.pred.remove(n);
    }
    for (Node n : G) n.ndeps = n.succ.size();
    Set<DeclInfo> emitted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    java.util.TreeSet<Node> pq = new java.util.TreeSet<>((a, b) -> a.ndeps != b.ndeps ? Integer.compare(a.ndeps, b.ndeps)
        : Integer.compare(order.get(a.obj), order.get(b.obj)));
    pq.addAll(G);
    while (!pq.isEmpty()) {
      Node n = pq.pollFirst();
      if (n.ndeps > 0) {
        List<Obj> cycle = findPath(n.obj, n.obj, new LinkedHashSet<>());
        if (cycle != null) reportCycle(cycle);
      }
      for (Node p : n.pred) {
        boolean queued = pq.remove(p);
        p.ndeps--;
        if (queued) pq.add(p);
      }
      if (!(n.obj instanceof Var v)) continue;
      DeclInfo info = objMap.get(v);
      if (info.init == null) continue;
      if (!emitted.add(info)) continue;
      List<Var> lhs = info.lhs != null ? info.lhs : List.of(v);
      pkg.initOrder.add(new Package.InitEntry(lhs, info.init));
    }
  }

  private List<Obj> findPath(Obj from, Obj to, Set<Obj> seen) {
    if (!seen.add(from)) return null;
    DeclInfo d = objMap.get(from);
    if (d == null) return null;
    for (Obj dep : d.deps) {
      if (dep == to) {
        List<Obj> r = new ArrayList<>();
        r.add(dep);
        return r;
      }
      List<Obj> p = findPath(dep, to, seen);
      if (p != null) {
        p.add(dep);
        return p;
      }
    }
    return null;
  }

  private void reportCycle(List<Obj> cycle) {
    Obj obj = cycle.get(0);
    List<Object> parts = new ArrayList<>();
    Obj o = obj;
    for (int i = cycle.size() - 1; i >= 0; i--) {
      parts.add(o.pos);
      parts.add(o.name + " refers to");
      o = cycle.get(i);
    }
    parts.add(o.pos);
    parts.add(o.name);
    errorParts(obj.pos, "initialization loop for " + obj.name, parts.toArray());
  }
}
