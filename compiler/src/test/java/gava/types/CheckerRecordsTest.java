package gava.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gava.syntax.Decl;
import gava.syntax.Expr;
import gava.syntax.Node;
import gava.syntax.Stmt;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** What the checker records in the tree for code generation. */
class CheckerRecordsTest {
  static List<Node> nodes(Object root) {
    List<Node> out = new ArrayList<>();
    walk(root, out, new IdentityHashMap<>());
    return out;
  }

  private static void walk(Object n, List<Node> out, Map<Object, Boolean> seen) {
    if (n == null || seen.containsKey(n)) return;
    if (n instanceof List<?> l) {
      for (Object o : l) walk(o, out, seen);
      return;
    }
    if (!(n instanceof Node)) return;
    seen.put(n, true);
    out.add((Node) n);
    for (Class<?> c = n.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) continue;
        if (f.getName().equals("target") || f.getName().equals("obj")) continue;
        try {
          f.setAccessible(true);
          walk(f.get(n), out, seen);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  static <T extends Node> T find(CheckerTestSupport.Result r, Class<T> k, Predicate<T> p) {
    for (Node n : nodes(r.file())) if (k.isInstance(n) && p.test(k.cast(n))) return k.cast(n);
    throw new AssertionError("no such node");
  }

  static CheckerTestSupport.Result ok(String src) {
    CheckerTestSupport.Result r = CheckerTestSupport.check(src);
    assertTrue(!r.diags().hasErrors(), () -> String.join("\n", r.diags().render()));
    return r;
  }

  @Test
  void noUntypedTypesLeft() {
    var r = ok("""
        package main

        const c = 1 << 3
        const f32 float32 = 0.1

        func main() {
        	var x float64 = 1 << 2
        	s := 1
        	y := 1 << s
        	var z float32 = f32 * 2
        	println(x, y, z, 1.5, "s", 'a', 2i, true, x == 2, c)
        	if x > 1 && y < 2 {
        	}
        	var p *int = nil
        	_ = p == nil
        }
        """);
    for (Node n : nodes(r.file())) {
      if (n instanceof Expr e && e.type instanceof Basic b && b.isUntyped()) {
        assertSame(Universe.UNTYPED_NIL, b, () -> "untyped " + e.getClass().getSimpleName() + " at " + e.pos);
      }
      if (n instanceof Expr e && e.value != null) assertInstanceOf(Constant.class, e.value);
    }
    Expr.BasicLit tenth = find(r, Expr.BasicLit.class, l -> l.text.equals("0.1"));
    assertEquals(Universe.FLOAT32, tenth.type);
    assertEquals((double) 0.1f, ((Constant) tenth.value).doubleValue());
    Expr.Operation mul = find(r, Expr.Operation.class, o -> ExprString.of(o).equals("f32 * 2"));
    assertEquals((double) (0.1f * 2), ((Constant) mul.value).doubleValue(), 1e-9);
    Expr.Operation shift = find(r, Expr.Operation.class, o -> ExprString.of(o).equals("1 << s"));
    assertEquals(Universe.INT, shift.type);
    assertEquals(Universe.INT, shift.x.type);
    Expr.BasicLit imag = find(r, Expr.BasicLit.class, l -> l.text.equals("2i"));
    assertEquals(Universe.COMPLEX128, imag.type);
    Expr.BasicLit rune = find(r, Expr.BasicLit.class, l -> l.text.equals("'a'"));
    assertEquals(Basic.Kind.INT32, ((Basic) rune.type).kind);
    Expr.Name nil = find(r, Expr.Name.class, nm -> nm.name.equals("nil"));
    assertInstanceOf(Pointer.class, nil.type);
  }

  @Test
  void callsSelectionsAndCommaOk() {
    var r = ok("""
        package main

        type B struct{ v int }

        func (b *B) Inc() { b.v++ }
        func (b B) Get() int { return b.v }

        type T struct {
        	*B
        	n int
        }

        func two() (int, string) { return 1, "a" }

        func main() {
        	var t T
        	t.Inc()
        	_ = t.Get()
        	_ = t.v
        	f := B.Get
        	_ = f
        	m := map[string]int{}
        	v, ok := m["k"]
        	_, _ = v, ok
        	a, b := two()
        	_, _ = a, b
        	_ = int64(a)
        	_ = len("abc")
        }
        """);
    Expr.Call conv = find(r, Expr.Call.class, c -> ExprString.of(c).equals("int64(a)"));
    assertEquals(Expr.CallKind.CONVERSION, conv.callKind);
    assertEquals(Universe.INT64, conv.type);
    Expr.Call len = find(r, Expr.Call.class, c -> ExprString.of(c).equals("len(\"abc\")"));
    assertEquals(Expr.CallKind.BUILTIN, len.callKind);
    assertEquals(Universe.INT, len.type);
    assertEquals("3", len.value.toString());
    Expr.Call two = find(r, Expr.Call.class, c -> ExprString.of(c).equals("two()"));
    assertEquals(Expr.CallKind.CALL, two.callKind);
    assertInstanceOf(Tuple.class, two.type);
    Expr.Index idx = find(r, Expr.Index.class, i -> true);
    assertEquals("(int, bool)", idx.type.toString());

    Expr.Selector inc = find(r, Expr.Selector.class, s -> ExprString.of(s).equals("t.Inc"));
    Selection si = (Selection) inc.selection;
    assertEquals(Selection.Kind.METHOD_VALUE, si.kind());
    assertEquals(List.of(0, 0), si.path());
    assertTrue(si.indirect());
    assertTrue(!si.addressed());
    Expr.Selector get = find(r, Expr.Selector.class, s -> ExprString.of(s).equals("t.Get"));
    assertTrue(((Selection) get.selection).derefRecv());
    Expr.Selector fv = find(r, Expr.Selector.class, s -> ExprString.of(s).equals("t.v"));
    Selection sv = (Selection) fv.selection;
    assertEquals(Selection.Kind.FIELD, sv.kind());
    assertEquals(List.of(0, 0), sv.path());
    Expr.Selector me = find(r, Expr.Selector.class, s -> ExprString.of(s).equals("B.Get"));
    assertEquals(Selection.Kind.METHOD_EXPR, ((Selection) me.selection).kind());
    assertEquals("func(B) int", TypeString.of((Type) me.type, r.pkg()));
  }

  @Test
  void objectsTargetsAndInitOrder() {
    var r = ok("""
        package main

        var a = b + c
        var b = f()
        var c = 2
        var d, e = g()

        func f() int { return c }
        func g() (int, int) { return 1, 2 }

        func init() {}
        func init() {}

        func main() {
        	_ = a
        L:
        	for i := range 3 {
        		switch {
        		case i == 0:
        			continue L
        		case i == 1:
        			fallthrough
        		default:
        			break L
        		}
        	}
        	var _ = 1
        	_, x := 1, 2
        	_ = x
        }
        """);
    List<String> order = new ArrayList<>();
    for (Package.InitEntry e : r.pkg().initOrder) order.add(e.lhs().stream().map(v -> v.name).toList().toString());
    assertEquals(List.of("[c]", "[b]", "[a]", "[d, e]"), order);
    assertEquals(2, r.pkg().inits.size());
    for (Func fn : r.pkg().funcs) assertNotNull(fn.decl);
    Stmt.Labeled lab = find(r, Stmt.Labeled.class, l -> true);
    assertInstanceOf(Label.class, lab.label.obj);
    for (Node n : nodes(r.file())) {
      if (n instanceof Stmt.Branch b) {
        assertNotNull(b.target, "target of " + b.tok);
        switch (b.tok) {
          case CONTINUE, BREAK -> assertSame(lab.stmt, b.target);
          case FALLTHROUGH -> assertInstanceOf(Stmt.CaseClause.class, b.target);
          default -> {}
        }
      }
      if (n instanceof Expr.Name nm && !nm.name.equals("_") && !nm.name.equals("main") && !(nm.obj instanceof Label)) {
        // every name (use or declaration) denotes an object, except the package clause
        if (nm == r.file().pkgName) continue;
        assertNotNull(nm.obj, "obj of " + nm.name + " at " + nm.pos);
      }
    }
    Decl.Var blank = null;
    for (Node n : nodes(r.file())) if (n instanceof Decl.Var v && v.names.get(0).name.equals("_")) blank = v;
    assertNotNull(blank);
    assertInstanceOf(Var.class, blank.names.get(0).obj);
    Stmt.Assign def = find(r, Stmt.Assign.class, a -> a.op == gava.syntax.Token.DEFINE && a.lhs.size() == 2);
    assertInstanceOf(Var.class, ((Expr.Name) def.lhs.get(0)).obj);
    Stmt.Assign asg = find(r, Stmt.Assign.class, a -> a.op == gava.syntax.Token.ASSIGN);
    assertNull(((Expr.Name) asg.lhs.get(0)).obj);
  }

  @Test
  void generics() {
    var r = ok("""
        package main

        type Number interface{ ~int | ~float64 }

        func Sum[T Number](xs ...T) T {
        	var s T
        	for _, x := range xs {
        		s += x
        	}
        	return s
        }

        type List[T any] struct {
        	next *List[T]
        	val  T
        }

        func (l *List[T]) Push(v T) { l.next = &List[T]{l.next, v} }

        func Map[T, U any](xs []T, f func(T) U) []U { return nil }

        func main() {
        	_ = Sum(1, 2.5)
        	var l List[string]
        	l.Push("a")
        	_ = Map([]int{1}, func(int) string { return "" })
        	_ = Sum[int]
        }
        """);
    Expr.Call sum = find(r, Expr.Call.class, c -> ExprString.of(c).equals("Sum(1, 2.5)"));
    assertEquals(Universe.FLOAT64, sum.type);
    assertEquals(List.of(Universe.FLOAT64), ((Expr.Name) sum.fun).typeArgs);
    assertEquals("func(xs ...float64) float64", TypeString.of((Type) sum.fun.type, r.pkg()));
    Expr.Call map = find(r, Expr.Call.class, c -> ExprString.of(c).startsWith("Map("));
    assertEquals("[]string", map.type.toString());
    Expr.Selector push = find(r, Expr.Selector.class, s -> ExprString.of(s).equals("l.Push"));
    Func m = (Func) ((Selection) push.selection).obj();
    assertNotNull(m.origin);
    assertNotNull(m.decl);
    assertEquals("func(v string)", TypeString.of(push.type instanceof Type t ? t : null, r.pkg()));
    Named ls = (Named) ((Expr.Name) find(r, Expr.Name.class, n -> n.name.equals("l") && n.obj instanceof Var v && v.type instanceof Named)).type;
    assertEquals("List[string]", TypeString.of(ls, r.pkg()));
    assertNotNull(ls.origin);
    assertEquals("struct{next *List[string]; val string}", TypeString.of(ls.underlying(), r.pkg()));
    Expr.Index inst = find(r, Expr.Index.class, i -> ExprString.of(i).equals("Sum[int]"));
    assertEquals("func(xs ...int) int", TypeString.of((Type) inst.type, r.pkg()));
  }

  @Test
  void parallelCheckersShareOnlyTheUniverse() throws Exception {
    String src = """
        package main

        type T struct{ x int }

        func main() {
        	var t T
        	println(t.x + 1)
        }
        """;
    List<Thread> ts = new ArrayList<>();
    List<Throwable> errs = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 8; i++) {
      Thread t = new Thread(() -> {
        try {
          for (int k = 0; k < 50; k++) ok(src);
        } catch (Throwable e) {
          errs.add(e);
        }
      });
      ts.add(t);
      t.start();
    }
    for (Thread t : ts) t.join();
    assertTrue(errs.isEmpty(), errs.toString());
  }
}
