package gava.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of the trees: declarations, generics ambiguities, statements, literals, positions. */
class ParserTest {
  private static File parseClean(String src) {
    SyntaxTestSupport.Parsed p = SyntaxTestSupport.parse(src);
    assertEquals(List.of(), p.diags().all(), src);
    return p.file();
  }

  private static Decl decl(String src) {
    return parseClean("package p\n" + src + "\n").decls.get(0);
  }

  private static List<Stmt> body(String stmts) {
    Decl.Func f = (Decl.Func) decl("func f() {\n" + stmts + "\n}");
    return f.body.list;
  }

  private static Expr expr(String x) {
    return ((Decl.Var) decl("var _ = " + x)).values.get(0);
  }

  private static String str(Node n) {
    return Printer.string(n);
  }

  // ---- declarations

  @Test
  void packageAndImports() {
    File f = parseClean("package main\n\nimport (\n\t\"fmt\"\n\tm \"math\"\n\t. \"os\"\n\t_ \"io\"\n)\nimport \"strings\"\n");
    assertEquals("main", f.pkgName.name);
    assertEquals(new Pos(f.src, 1, 1), f.pos);
    assertEquals(5, f.decls.size());
    Decl.Import a = (Decl.Import) f.decls.get(0), b = (Decl.Import) f.decls.get(1);
    assertNull(a.localName);
    assertEquals("\"fmt\"", a.path.text);
    assertEquals("m", b.localName.name);
    assertEquals(".", ((Decl.Import) f.decls.get(2)).localName.name);
    assertEquals("_", ((Decl.Import) f.decls.get(3)).localName.name);
    assertSame(a.group, b.group);
    assertTrue(a.group != null);
    assertNull(f.decls.get(4).group);
  }

  @Test
  void constGroupsIotaAndInheritance() {
    File f = parseClean("package p\nconst (\n\ta, b = iota, iota * 2\n\tc, d\n\te int = 5\n\tf\n\tg\n)\nconst h = iota\n");
    List<Decl.Const> cs = new ArrayList<>();
    for (Decl d : f.decls) cs.add((Decl.Const) d);
    assertEquals(List.of(0, 1, 2, 3, 4, 0), cs.stream().map(c -> c.iota).toList());
    assertEquals(List.of(false, true, false, true, true, false), cs.stream().map(c -> c.inherited).toList());
    assertSame(cs.get(0).values, cs.get(1).values);
    assertNull(cs.get(1).constType);
    assertSame(cs.get(2).constType, cs.get(3).constType);
    assertSame(cs.get(2).values, cs.get(4).values);
    assertEquals("int", str(cs.get(4).constType));
    assertNull(cs.get(5).group);
  }

  @Test
  void varDecls() {
    Decl.Var v = (Decl.Var) decl("var a, b int");
    assertEquals(2, v.names.size());
    assertEquals("int", str(v.varType));
    assertTrue(v.values.isEmpty());
    v = (Decl.Var) decl("var x = 1");
    assertNull(v.varType);
    assertEquals(1, v.values.size());
  }

  @Test
  void typeDeclArrayOrTypeParameters() {
    // gc: a lone name or an expression that can be a value is an array length
    Decl.Type t = (Decl.Type) decl("type T[P *C] int");
    assertTrue(t.tparams.isEmpty());
    Expr.ArrayType at = assertInstanceOf(Expr.ArrayType.class, t.typeExpr);
    assertEquals("P * C", str(at.len));
    t = (Decl.Type) decl("type T[N] int");
    assertTrue(t.tparams.isEmpty());
    assertInstanceOf(Expr.ArrayType.class, t.typeExpr);
    // a trailing comma or a type element makes it a type parameter list
    t = (Decl.Type) decl("type T[P *C,] int");
    assertEquals(1, t.tparams.size());
    assertEquals("P", t.tparams.get(0).name.name);
    assertEquals("*C", str(t.tparams.get(0).fieldType));
    t = (Decl.Type) decl("type T[P *[]int] struct{}");
    assertEquals("*[]int", str(t.tparams.get(0).fieldType));
    t = (Decl.Type) decl("type T[P interface{ *C }, Q any] []P");
    assertEquals(2, t.tparams.size());
    t = (Decl.Type) decl("type T[P ~int | string] P");
    assertEquals("~int | string", str(t.tparams.get(0).fieldType));
    t = (Decl.Type) decl("type T[A, B any] struct{ a A; b B }");
    assertSame(t.tparams.get(0).fieldType, t.tparams.get(1).fieldType);
    assertEquals("struct{a A; b B}", str(t.typeExpr));
  }

  @Test
  void aliases() {
    Decl.Type t = (Decl.Type) decl("type A = int");
    assertTrue(t.alias);
    t = (Decl.Type) decl("type L[T any] = []T");
    assertTrue(t.alias);
    assertEquals(1, t.tparams.size());
    assertEquals("[]T", str(t.typeExpr));
  }

  @Test
  void funcsAndMethods() {
    Decl.Func f = (Decl.Func) decl("func Map[T, U any](xs []T, f func(T) U) (r []U) { return }");
    assertEquals(2, f.tparams.size());
    assertEquals("func(xs []T, f func(T) U) (r []U)", str(f.sig));
    f = (Decl.Func) decl("func (p *Pair[K, V]) String() string");
    assertNull(f.body);
    assertEquals("p", f.recv.name.name);
    assertEquals("*Pair[K, V]", str(f.recv.fieldType));
    f = (Decl.Func) decl("func (T) m(int, ...string) (int, error)");
    assertNull(f.recv.name);
    assertEquals("func(int, ...string) (int, error)", str(f.sig));
  }

  @Test
  void structsAndInterfaces() {
    Decl.Type t = (Decl.Type) decl("type S struct {\n\ta, b int `tag`\n\t*T\n\tp.Q\n\tG[int]\n\tc [N]int\n}");
    Expr.StructType st = (Expr.StructType) t.typeExpr;
    assertEquals(6, st.fields.size());
    assertEquals(st.fields.size(), st.tags.size());
    assertEquals("`tag`", st.tags.get(0).text);
    assertSame(st.tags.get(0), st.tags.get(1));
    assertNull(st.tags.get(2));
    assertNull(st.fields.get(2).name);
    assertEquals("*T", str(st.fields.get(2).fieldType));
    assertEquals("G[int]", str(st.fields.get(4).fieldType));
    assertEquals("c", st.fields.get(5).name.name);
    t = (Decl.Type) decl("type I interface {\n\tM(x int) bool\n\tfmt.Stringer\n\t~int | ~string\n\tC[int]\n}");
    Expr.InterfaceType it = (Expr.InterfaceType) t.typeExpr;
    assertEquals("M", it.elems.get(0).name.name);
    assertInstanceOf(Expr.FuncType.class, it.elems.get(0).fieldType);
    assertNull(it.elems.get(1).name);
    assertEquals("~int | ~string", str(it.elems.get(2).fieldType));
    assertEquals("C[int]", str(it.elems.get(3).fieldType));
  }

  @Test
  void channelTypes() {
    assertEquals("<-chan int", str(((Decl.Var) decl("var c <-chan int")).varType));
    assertEquals("chan<- int", str(((Decl.Var) decl("var c chan<- int")).varType));
    assertEquals("chan (<-chan int)", str(((Decl.Var) decl("var c chan (<-chan int)")).varType));
    Expr.ChanType c = (Expr.ChanType) ((Decl.Var) decl("var c <-chan <-chan int")).varType;
    assertEquals(Expr.ChanDir.RECV, c.dir);
    assertEquals(Expr.ChanDir.RECV, ((Expr.ChanType) c.elem).dir);
    Expr.Call conv = (Expr.Call) expr("(<-chan int)(nil)");
    assertEquals("<-chan int", str(((Expr.Paren) conv.fun).x));
    Expr.Operation recv = (Expr.Operation) expr("<-ch");
    assertEquals(Token.ARROW, recv.op);
    assertNull(recv.y);
  }

  // ---- expressions

  @Test
  void precedence() {
    Expr.Operation o = (Expr.Operation) expr("a + b*c == d && !e || f");
    assertEquals(Token.LOR, o.op);
    Expr.Operation and = (Expr.Operation) o.x;
    assertEquals(Token.LAND, and.op);
    Expr.Operation eq = (Expr.Operation) and.x;
    assertEquals(Token.EQL, eq.op);
    Expr.Operation add = (Expr.Operation) eq.x;
    assertEquals(Token.ADD, add.op);
    assertEquals(Token.MUL, ((Expr.Operation) add.y).op);
    // a binary operation's position is its operator's
    assertEquals(2, o.pos.line());
    assertEquals(28, o.pos.col());
    assertEquals(9, Positions.firstPos(o).col());
  }

  @Test
  void primaryExpressions() {
    Expr.Call c = (Expr.Call) expr("f[int, string](x, ys...)");
    assertTrue(c.hasDots);
    Expr.Index ix = (Expr.Index) c.fun;
    assertEquals(2, ix.indices.size());
    Expr.Slice s = (Expr.Slice) expr("a[1:2:3]");
    assertTrue(s.full);
    s = (Expr.Slice) expr("a[:]");
    assertNull(s.lo);
    assertNull(s.hi);
    assertInstanceOf(Expr.Assert.class, expr("x.(T)"));
    Expr.CompositeLit cl = (Expr.CompositeLit) expr("T[A, B]{1, k: 2, {3}}");
    assertEquals("T[A, B]", str(cl.litType));
    assertInstanceOf(Expr.KeyValue.class, cl.elems.get(1));
    assertNull(((Expr.CompositeLit) cl.elems.get(2)).litType);
    assertEquals("map[string][]int{…}", str(expr("map[string][]int{\"a\": {1}}")));
    assertEquals("func(x int) int {…}", str(expr("func(x int) int { return x }")));
    assertEquals("struct{}{}", str(expr("struct{}{}")));
    Expr.Paren p = (Expr.Paren) expr("(a + b)");
    assertInstanceOf(Expr.Operation.class, p.x);
  }

  @Test
  void positionsAreFirstTokensWithGcPositions() {
    Expr.Selector sel = (Expr.Selector) expr("pkg.Name");
    assertEquals(9, sel.pos.col());
    assertEquals(12, Positions.gcPos(sel).col()); // the '.'
    Expr.Slice s = (Expr.Slice) expr("s[1:2]");
    assertEquals(9, s.pos.col());
    assertEquals(10, Positions.startPos(s).col()); // gc's StartPos of a slice expression is its '['
    Expr.Call c = (Expr.Call) expr("f(x)");
    assertEquals(9, c.pos.col());
    assertEquals(10, Positions.gcPos(c).col());
    assertEquals(9, Positions.startPos(c).col());
  }

  @Test
  void compositeLiteralsInStatementHeaders() {
    // gc: a composite literal with a bare type name needs parentheses in if/for/switch headers
    List<Stmt> l = body("if x == (T{}) {\n}\nfor _, v := range []T{{}} {\n_ = v\n}\nswitch (T{}) {\n}");
    assertEquals(3, l.size());
    SyntaxTestSupport.Parsed p = SyntaxTestSupport.parse("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n");
    assertEquals(List.of("x.go:3:14: syntax error: unexpected { at end of statement",
        "x.go:5:1: syntax error: non-declaration statement outside function body"), p.diags().render());
  }

  // ---- statements

  @Test
  void simpleStatements() {
    List<Stmt> l = body("x := 1\nx, y = y, x\nx += 2\nx++\ny--\nch <- x\n<-ch\nf()");
    Stmt.Assign def = (Stmt.Assign) l.get(0);
    assertEquals(Token.DEFINE, def.op);
    assertEquals(3, def.pos.col()); // the operator
    assertEquals(2, ((Stmt.Assign) l.get(1)).lhs.size());
    assertEquals(Token.ADD_ASSIGN, ((Stmt.Assign) l.get(2)).op);
    assertTrue(((Stmt.IncDec) l.get(3)).inc);
    assertTrue(!((Stmt.IncDec) l.get(4)).inc);
    assertInstanceOf(Stmt.Send.class, l.get(5));
    assertInstanceOf(Stmt.ExprStmt.class, l.get(6));
    assertInstanceOf(Stmt.ExprStmt.class, l.get(7));
  }

  @Test
  void rangeClauses() {
    List<Stmt> l = body("for range x {\n}\nfor i := range 10 {\n}\nfor k, v = range m {\n}\nfor i := 0; i < n; i++ {\n}\nfor {\n}\nfor cond {\n}");
    Stmt.Range r0 = (Stmt.Range) l.get(0);
    assertNull(r0.key);
    assertNull(r0.val);
    Stmt.Range r1 = (Stmt.Range) l.get(1);
    assertTrue(r1.define);
    assertEquals("i", str(r1.key));
    assertEquals("10", str(r1.x));
    Stmt.Range r2 = (Stmt.Range) l.get(2);
    assertTrue(!r2.define);
    assertEquals("v", str(r2.val));
    Stmt.For f = (Stmt.For) l.get(3);
    assertEquals("i := 0", str(f.init));
    assertEquals("i < n", str(f.cond));
    assertEquals("i++", str(f.post));
    Stmt.For inf = (Stmt.For) l.get(4);
    assertNull(inf.cond);
    assertEquals("cond", str(((Stmt.For) l.get(5)).cond));
  }

  @Test
  void switchesAndSelect() {
    List<Stmt> l = body("switch x := f(); y := x.(type) {\ncase int, string:\ndefault:\n}\n"
        + "switch {\ncase a > b:\n\tfallthrough\ncase true:\n}\n"
        + "select {\ncase v, ok := <-c:\ncase c <- 1:\ncase <-d:\ndefault:\n}");
    Stmt.Switch ts = (Stmt.Switch) l.get(0);
    Expr.TypeSwitchGuard g = assertInstanceOf(Expr.TypeSwitchGuard.class, ts.tag);
    assertEquals("y", g.lhs.name);
    assertEquals("x := f()", str(ts.init));
    assertEquals(2, ts.clauses.get(0).cases.size());
    assertTrue(ts.clauses.get(1).isDefault);
    Stmt.Switch es = (Stmt.Switch) l.get(1);
    assertNull(es.tag);
    Stmt.Branch ft = (Stmt.Branch) es.clauses.get(0).body.get(0);
    assertEquals(Token.FALLTHROUGH, ft.tok);
    Stmt.Select sel = (Stmt.Select) l.get(2);
    assertEquals(4, sel.clauses.size());
    assertInstanceOf(Stmt.Assign.class, sel.clauses.get(0).comm);
    assertInstanceOf(Stmt.Send.class, sel.clauses.get(1).comm);
    assertInstanceOf(Stmt.ExprStmt.class, sel.clauses.get(2).comm);
    assertNull(sel.clauses.get(3).comm);
  }

  @Test
  void labelsGotoAndBranchTargets() {
    List<Stmt> l = body("goto L\nL:\n\tfor {\n\t\tfor range x {\n\t\t\tcontinue L\n\t\t}\n\t\tbreak\n\t}\n\tgo f()\n\tdefer g(1)");
    Stmt.Branch go = (Stmt.Branch) l.get(0);
    Stmt.Labeled lab = (Stmt.Labeled) l.get(1);
    assertSame(lab, go.target);
    Stmt.For loop = (Stmt.For) lab.stmt;
    Stmt.Range inner = (Stmt.Range) loop.body.list.get(0);
    assertSame(loop, ((Stmt.Branch) inner.body.list.get(0)).target);
    assertSame(loop, ((Stmt.Branch) loop.body.list.get(1)).target);
    assertEquals(Token.GO, ((Stmt.GoDefer) l.get(2)).tok);
    assertEquals(Token.DEFER, ((Stmt.GoDefer) l.get(3)).tok);
  }

  @Test
  void ifElseChains() {
    Stmt.If s = (Stmt.If) body("if x := f(); x > 0 {\n} else if y {\n} else {\n}").get(0);
    assertEquals("x := f()", str(s.init));
    Stmt.If e = (Stmt.If) s.els;
    assertInstanceOf(Stmt.Block.class, e.els);
  }

  @Test
  void semicolonInsertion() {
    List<Stmt> l = body("return\nx\nx++\nx--\nf(\n\t1,\n)\ny := []int{\n\t1,\n}\n/* a\n b */ z()");
    assertEquals(7, l.size());
    assertTrue(((Stmt.Return) l.get(0)).results.isEmpty());
  }

  // ---- literals and the scanner

  @Test
  void literals() {
    String[][] lits = {
      {"42", "INT"}, {"0x_1F", "INT"}, {"0o17", "INT"}, {"0O17", "INT"}, {"017", "INT"}, {"0b1010", "INT"},
      {"1_000_000", "INT"}, {"3.14", "FLOAT"}, {".5", "FLOAT"}, {"1.", "FLOAT"}, {"1e10", "FLOAT"},
      {"6.67428e-11", "FLOAT"}, {"0x1p-2", "FLOAT"}, {"0x1.8p1", "FLOAT"}, {"0X.8P0", "FLOAT"},
      {"1i", "IMAG"}, {"0.5i", "IMAG"}, {"0x1p2i", "IMAG"}, {"0123i", "IMAG"},
      {"'a'", "RUNE"}, {"'\\n'", "RUNE"}, {"'\\x41'", "RUNE"}, {"'\\101'", "RUNE"}, {"'\\u263a'", "RUNE"},
      {"'\\U0001F600'", "RUNE"}, {"'\\''", "RUNE"}, {"'☺'", "RUNE"},
      {"\"\"", "STRING"}, {"\"a\\tb\\\"c\\\\\"", "STRING"}, {"\"\\xff\\377\\u00e9\"", "STRING"},
      {"`raw\\n`", "STRING"}, {"`multi\nline`", "STRING"}, {"\"日本語\"", "STRING"},
    };
    for (String[] l : lits) {
      Expr.BasicLit b = (Expr.BasicLit) expr(l[0]);
      assertEquals(l[0], b.text);
      assertEquals(Expr.LitKind.valueOf(l[1]), b.kind, l[0]);
      assertTrue(!b.bad);
    }
    // CRs stay in the text of raw strings (they are not part of the value)
    Expr.BasicLit raw = (Expr.BasicLit) ((Decl.Var) SyntaxTestSupport.parse("x.go",
        "package p\nvar _ = `a\r\nb`\n".getBytes(StandardCharsets.UTF_8)).file().decls.get(0)).values.get(0);
    assertEquals("`a\r\nb`", raw.text);
  }

  @Test
  void badLiteralsAreMarked() {
    SyntaxTestSupport.Parsed p = SyntaxTestSupport.parse("package p\nvar _ = 09\n");
    Expr.BasicLit b = (Expr.BasicLit) ((Decl.Var) p.file().decls.get(0)).values.get(0);
    assertTrue(b.bad);
  }

  @Test
  void scannerTokens() {
    List<String> toks = new ArrayList<>();
    Scanner s = new Scanner("x := a &^= b <<= c ... .5 -- !~ // c\n}".getBytes(StandardCharsets.UTF_8),
        (line, col, msg) -> toks.add("ERR " + msg));
    do {
      s.next();
      String t = Scanner.tokenName(s.tok);
      if (s.tok == Scanner.OPERATOR || s.tok == Scanner.ASSIGN_OP || s.tok == Scanner.INC_OP) t += s.op.text;
      if (s.tok == Scanner.NAME || s.tok == Scanner.LITERAL || s.tok == Scanner.SEMI) t += "(" + s.lit + ")";
      toks.add(t + "@" + s.line + ":" + s.col);
    } while (s.tok != Scanner.EOF);
    assertEquals(List.of("name(x)@1:1", ":=@1:3", "name(a)@1:6", "op=&^@1:8", "name(b)@1:12", "op=<<@1:14",
        "name(c)@1:18", "...@1:20", "literal(.5)@1:24", "opop-@1:27", "op!@1:30", "op~@1:31",
        "}@2:1", ";(EOF)@2:2", "EOF@2:2"), toks);
  }

  // ---- the printer (gc's syntax.String)

  @Test
  void printer() {
    assertEquals("a + b * c", str(expr("a+b*c")));
    assertEquals("(a + b) * c", str(expr("(a+b)*c")));
    assertEquals("x.(type)", str(((Stmt.Switch) body("switch x.(type) {\n}").get(0)).tag));
    assertEquals("f(a, b...)", str(expr("f(a, b...)")));
    assertEquals("s[i:j:k]", str(expr("s[i:j:k]")));
    assertEquals("s[:]", str(expr("s[:]")));
    assertEquals("[...]int{…}", str(expr("[...]int{1, 2}")));
    assertEquals("interface{M(); ~int | string}(nil)", str(expr("interface{ M(); ~int|string }(nil)")));
    assertEquals("func(a, b int, c ...string) (x int, err error)",
        str(((Decl.Var) decl("var f func(a, b int, c ...string) (x int, err error)")).varType));
    assertEquals("x = <-c", str(body("x = <-c").get(0)));
    assertEquals("m[k] += 1", str(body("m[k] += 1").get(0)));
  }
}
