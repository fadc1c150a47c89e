package gava.syntax;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deep copy of a syntax tree, every node kind included, with the checker's annotations carried
 * over through overridable hooks (identity by default): {@link #type}, {@link #name},
 * {@link #selector}, {@link #implicitObj}. A node shared within the tree (a const group's inherited
 * type and values) is copied once. Branch targets point into the copy. Positions are shared.
 */
public class TreeCopy {
  private final Map<Node, Node> copies = new IdentityHashMap<>();
  private final List<Stmt.Branch> branches = new ArrayList<>();

  /** The annotation Expr.type of a copied expression (a gava.types.Type). */
  protected Object type(Object t) {
    return t;
  }

  /** Sets the annotations of a copied name (obj, typeArgs); called after the copy's type is set. */
  protected void name(Expr.Name orig, Expr.Name copy) {
    copy.obj = orig.obj;
    copy.typeArgs = orig.typeArgs;
  }

  /** Sets the selection of a copied selector; called after its operand and type are copied. */
  protected void selector(Expr.Selector orig, Expr.Selector copy) {
    copy.selection = orig.selection;
  }

  /** The implicit variable of a type switch clause. */
  protected Object implicitObj(Object v) {
    return v;
  }

  /** The copy of a declaration, with branch targets resolved. */
  public final <D extends Decl> D copyDecl(D d) {
    D c = decl(d);
    resolveBranches();
    return c;
  }

  /** The copy of an expression, with branch targets resolved (function literals). */
  public final <E extends Expr> E copyExpr(E e) {
    E c = expr(e);
    resolveBranches();
    return c;
  }

  private void resolveBranches() {
    for (Stmt.Branch b : branches) {
      Node t = b.target == null ? null : copies.get(b.target);
      if (t != null) b.target = (Stmt) t;
    }
    branches.clear();
  }

  private <N extends Node> N done(N orig, N copy) {
    copy.gcPos = orig.gcPos;
    copies.put(orig, copy);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private <N extends Node> N seen(N n) {
    return (N) copies.get(n);
  }

  // ---- declarations ----

  @SuppressWarnings("unchecked")
  protected <D extends Decl> D decl(D d) {
    if (d == null) return null;
    D s = seen(d);
    if (s != null) return s;
    Decl c = switch (d) {
      case Decl.Import i -> new Decl.Import(i.pos, expr(i.localName), expr(i.path));
      case Decl.Const k -> new Decl.Const(k.pos, exprs(k.names), expr(k.constType), exprs(k.values), k.iota, k.inherited);
      case Decl.Type t -> new Decl.Type(t.pos, expr(t.name), fields(t.tparams), t.alias, expr(t.typeExpr));
      case Decl.Var v -> new Decl.Var(v.pos, exprs(v.names), expr(v.varType), exprs(v.values));
      case Decl.Func f -> new Decl.Func(f.pos, field(f.recv), expr(f.name), fields(f.tparams), expr(f.sig), stmt(f.body));
    };
    c.group = d.group;
    return (D) done(d, c);
  }

  // ---- statements ----

  private List<Stmt> stmts(List<Stmt> l) {
    if (l == null) return null;
    List<Stmt> out = new ArrayList<>(l.size());
    for (Stmt s : l) out.add(stmt(s));
    return out;
  }

  @SuppressWarnings("unchecked")
  protected <S extends Stmt> S stmt(S s) {
    if (s == null) return null;
    S seen = seen(s);
    if (seen != null) return seen;
    Stmt c = switch (s) {
      case Stmt.Empty e -> new Stmt.Empty(e.pos);
      case Stmt.Bad b -> new Stmt.Bad(b.pos);
      case Stmt.Labeled l -> new Stmt.Labeled(l.pos, expr(l.label), stmt(l.stmt));
      case Stmt.Block b -> new Stmt.Block(b.pos, stmts(b.list), b.rbrace);
      case Stmt.ExprStmt e -> new Stmt.ExprStmt(e.pos, expr(e.x));
      case Stmt.Send se -> new Stmt.Send(se.pos, expr(se.chan), expr(se.val));
      case Stmt.IncDec d -> new Stmt.IncDec(d.pos, expr(d.x), d.inc);
      case Stmt.Assign a -> new Stmt.Assign(a.pos, a.op, exprs(a.lhs), exprs(a.rhs));
      case Stmt.DeclStmt d -> {
        List<Decl> ds = new ArrayList<>();
        for (Decl x : d.decls) ds.add(decl(x));
        yield new Stmt.DeclStmt(d.pos, ds);
      }
      case Stmt.Branch b -> {
        Stmt.Branch nb = new Stmt.Branch(b.pos, b.tok, expr(b.label));
        nb.target = b.target;
        branches.add(nb);
        yield nb;
      }
      case Stmt.GoDefer g -> new Stmt.GoDefer(g.pos, g.tok, expr(g.call));
      case Stmt.Return r -> new Stmt.Return(r.pos, exprs(r.results));
      case Stmt.If i -> new Stmt.If(i.pos, stmt(i.init), expr(i.cond), stmt(i.then), stmt(i.els));
      case Stmt.For f -> new Stmt.For(f.pos, stmt(f.init), expr(f.cond), stmt(f.post), stmt(f.body));
      case Stmt.Range r -> {
        Stmt.Range nr = new Stmt.Range(r.pos, expr(r.key), expr(r.val), r.define, expr(r.x), stmt(r.body));
        nr.extra = r.extra;
        yield nr;
      }
      case Stmt.CaseClause cc -> {
        Stmt.CaseClause n = new Stmt.CaseClause(cc.pos, exprs(cc.cases), cc.isDefault, stmts(cc.body));
        n.implicitObj = implicitObj(cc.implicitObj);
        yield n;
      }
      case Stmt.Switch sw -> {
        Stmt init = stmt(sw.init);
        Expr tag = expr(sw.tag);
        List<Stmt.CaseClause> cs = new ArrayList<>();
        for (Stmt.CaseClause cc : sw.clauses) cs.add(stmt(cc));
        yield new Stmt.Switch(sw.pos, init, tag, cs, sw.rbrace);
      }
      case Stmt.CommClause cc -> new Stmt.CommClause(cc.pos, stmt(cc.comm), stmts(cc.body));
      case Stmt.Select se -> {
        List<Stmt.CommClause> cs = new ArrayList<>();
        for (Stmt.CommClause cc : se.clauses) cs.add(stmt(cc));
        yield new Stmt.Select(se.pos, cs, se.rbrace);
      }
    };
    return (S) done(s, c);
  }

  // ---- expressions ----

  private <E extends Expr> List<E> exprs(List<E> l) {
    if (l == null) return null;
    List<E> out = new ArrayList<>(l.size());
    for (E e : l) out.add(expr(e));
    return out;
  }

  private List<Expr.Field> fields(List<Expr.Field> l) {
    if (l == null) return null;
    List<Expr.Field> out = new ArrayList<>(l.size());
    for (Expr.Field f : l) out.add(field(f));
    return out;
  }

  private Expr.Field field(Expr.Field f) {
    if (f == null) return null;
    Expr.Field s = seen(f);
    if (s != null) return s;
    return done(f, new Expr.Field(f.pos, expr(f.name), expr(f.fieldType)));
  }

  @SuppressWarnings("unchecked")
  protected <E extends Expr> E expr(E e) {
    if (e == null) return null;
    E seen = seen(e);
    if (seen != null) return seen;
    Expr c = switch (e) {
      case Expr.Bad b -> new Expr.Bad(b.pos);
      case Expr.Name n -> new Expr.Name(n.pos, n.name);
      case Expr.BasicLit b -> new Expr.BasicLit(b.pos, b.text, b.kind, b.bad);
      case Expr.CompositeLit cl -> new Expr.CompositeLit(cl.pos, expr(cl.litType), exprs(cl.elems), cl.rbrace);
      case Expr.KeyValue kv -> new Expr.KeyValue(kv.pos, expr(kv.key), expr(kv.val));
      case Expr.FuncLit fl -> new Expr.FuncLit(fl.pos, expr(fl.sig), stmt(fl.body));
      case Expr.Paren p -> new Expr.Paren(p.pos, expr(p.x));
      case Expr.Selector s -> new Expr.Selector(s.pos, expr(s.x), expr(s.sel));
      case Expr.Index ix -> new Expr.Index(ix.pos, expr(ix.x), exprs(ix.indices));
      case Expr.Slice s -> new Expr.Slice(s.pos, expr(s.x), expr(s.lo), expr(s.hi), expr(s.max), s.full);
      case Expr.Assert a -> new Expr.Assert(a.pos, expr(a.x), expr(a.assertType));
      case Expr.TypeSwitchGuard g -> new Expr.TypeSwitchGuard(g.pos, expr(g.lhs), expr(g.x));
      case Expr.Operation o -> new Expr.Operation(o.pos, o.op, expr(o.x), expr(o.y));
      case Expr.Call call -> {
        Expr.Call n = new Expr.Call(call.pos, expr(call.fun), exprs(call.args), call.hasDots);
        n.callKind = call.callKind;
        yield n;
      }
      case Expr.ArrayType a -> new Expr.ArrayType(a.pos, expr(a.len), expr(a.elem));
      case Expr.SliceType s -> new Expr.SliceType(s.pos, expr(s.elem));
      case Expr.DotsType d -> new Expr.DotsType(d.pos, expr(d.elem));
      case Expr.StructType st -> new Expr.StructType(st.pos, fields(st.fields), exprs(st.tags));
      case Expr.InterfaceType it -> new Expr.InterfaceType(it.pos, fields(it.elems));
      case Expr.FuncType ft -> new Expr.FuncType(ft.pos, fields(ft.params), fields(ft.results));
      case Expr.MapType m -> new Expr.MapType(m.pos, expr(m.key), expr(m.elem));
      case Expr.ChanType ch -> new Expr.ChanType(ch.pos, ch.dir, expr(ch.elem));
    };
    c.type = type(e.type);
    c.value = e.value;
    if (e instanceof Expr.Name n) name(n, (Expr.Name) c);
    if (e instanceof Expr.Selector s) selector(s, (Expr.Selector) c);
    return (E) done(e, c);
  }
}
