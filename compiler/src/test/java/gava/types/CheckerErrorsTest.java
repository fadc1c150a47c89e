package gava.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole programs with type errors and the diagnostics gc 1.19 prints for them ({@code -e}: all of
 * them, sorted), in gc 1.19's wording ({@code x declared but not used}, {@code cannot use x (...) as
 * type T in ...:} with the reason on a continuation line).
 * Go 1.21+ builtins (min, max, clear) follow the spec.
 */
class CheckerErrorsTest {
  record Case(String name, String src, String want) {}

  static final List<Case> CASES = List.of(
      new Case("assign", """
package main

func two() (int, string) { return 1, "a" }

func main() {
	var s string
	x := 1
	s = x
	var b byte = 300
	var i int = 1.5
	a, c := two(), 1
	d := two()
	e, f := 1
	var u uint = -1
	_, _, _, _, _, _, _ = s, b, i, a, c, d, e
	_ = f
	_ = u
}
""",
          """
x.go:8:6: cannot use x (variable of type int) as type string in assignment
x.go:9:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)
x.go:10:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
x.go:11:10: multiple-value two() (value of type (int, string)) in single-value context
x.go:12:7: assignment mismatch: 1 variable but two returns 2 values
x.go:13:10: assignment mismatch: 2 variables but 1 value
x.go:14:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
"""),
      new Case("builtins", """
package main

func main() {
	var s []int
	var m map[string]int
	_ = append(s, "a")
	_ = append(1, 2)
	_ = len(5)
	_ = cap(m)
	_ = make([]int)
	_ = make(int, 1)
	_ = make([]int, 10, 5)
	_ = new(1)
	delete(m, 1)
	delete(s, 1)
	copy(s, "a")
	_ = copy(s, m)
	close(s)
	_ = complex(1, "a")
	_ = real("a")
	_ = imag(1)
	var f float32
	var d float64
	_ = complex(f, d)
	println(nil)
	panic()
	_ = min(1, "a")
	clear(5)
}
""",
          """
x.go:6:16: cannot use "a" (untyped string constant) as int value in argument to append
x.go:7:13: first argument to append must be a slice; have 1 (untyped int constant)
x.go:8:10: invalid argument: 5 (untyped int constant) for len
x.go:9:10: invalid argument: m (variable of type map[string]int) for cap
x.go:10:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1
x.go:11:11: invalid argument: cannot make int; type must be slice, map, or channel
x.go:12:18: invalid argument: length and capacity swapped
x.go:13:10: 1 is not a type
x.go:14:12: cannot use 1 (untyped int constant) as string value in argument to delete
x.go:15:9: invalid argument: s (variable of type []int) is not a map
x.go:16:7: invalid argument: arguments to copy s (variable of type []int) and "a" (untyped string constant) have different element types int and byte
x.go:17:11: invalid argument: copy expects slice arguments; found s (variable of type []int) and m (variable of type map[string]int)
x.go:18:8: invalid operation: cannot close non-channel s (variable of type []int)
x.go:19:14: invalid operation: complex(1, "a") (mismatched types untyped float and untyped string)
x.go:20:11: invalid argument: argument has type untyped string, expected complex type
x.go:24:14: invalid operation: complex(f, d) (mismatched types float32 and float64)
x.go:25:10: use of untyped nil in argument to println
x.go:26:2: invalid operation: not enough arguments for panic() (expected 1, found 0)
x.go:27:13: invalid argument: mismatched types untyped int (previous argument) and untyped string (type of "a")
x.go:28:8: invalid argument: cannot clear 5 (untyped int constant): argument must be (or constrained by) map or slice
"""),
      new Case("calls", """
package main

func f(a int, b ...string) int { return a }
func g(int, string) {}
func h() (int, int) { return 1, 2 }

func main() {
	f()
	f(1, 2)
	f(1, "a", "b", 3)
	f(1, []string{}...)
	f(1, "a", []string{}...)
	g(h())
	g(1)
	x := 1
	x()
	_ = f
	f(1)
	h()
	f
	_ = len("abc", 1)
}
""",
          """
x.go:8:2: not enough arguments in call to f
	have ()
	want (int, ...string)
x.go:9:7: cannot use 2 (untyped int constant) as string value in argument to f
x.go:10:17: cannot use 3 (untyped int constant) as string value in argument to f
x.go:12:12: too many arguments in call to f
	have (number, string, []string)
	want (int, ...string)
x.go:13:4: cannot use h() (value of type int) as type string in argument to g
x.go:14:4: not enough arguments in call to g
	have (number)
	want (int, string)
x.go:16:2: invalid operation: cannot call non-function x (variable of type int)
x.go:20:2: f (value of type func(a int, b ...string) int) is not used
x.go:21:6: invalid operation: too many arguments for len("abc", 1) (expected 1, found 2)
"""),
      new Case("channels", """
package main

func main() {
	ch := make(chan int, 1)
	var r <-chan int = ch
	var s chan<- int = ch
	ch <- "a"
	r <- 1
	_ = <-s
	close(r)
	var i int
	i <- 1
	_ = <-i
	for a, b := range ch {
		_, _ = a, b
	}
	select {
	case v := <-ch:
		_ = v
	case s <- 1:
	case x := 1:
		_ = x
	}
}
""",
          """
x.go:7:8: cannot use "a" (untyped string constant) as int value in send
x.go:8:2: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)
x.go:9:8: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)
x.go:10:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)
x.go:12:2: invalid operation: cannot send to non-channel i (variable of type int)
x.go:13:8: invalid operation: cannot receive from non-channel i (variable of type int)
x.go:14:9: range over ch (variable of type chan int) permits only one iteration variable
x.go:21:7: select case must be send or receive (possibly with assignment)
"""),
      new Case("compositelits", """
package main

type T struct{ x int }

func main() {
	_ = []int{1, "a"}
	_ = [2]int{1, 2, 3}
	_ = [...]int{5: 1, 5: 2}
	_ = map[string]int{"a": 1, "a": 2}
	_ = map[string]int{1}
	_ = []T{{1}, {x: 2}}
	_ = []*T{{1}}
	_ = T{}.y
	_ = int{}
	_ = []int{-1: 1}
}
""",
          """
x.go:6:15: cannot use "a" (untyped string constant) as int value in array or slice literal
x.go:7:19: index 2 is out of bounds (>= 2)
x.go:8:22: duplicate index 5 in array or slice literal
x.go:9:29: duplicate key "a" in map literal
x.go:10:21: missing key in map literal
x.go:13:10: T{}.y undefined (type T has no field or method y)
x.go:14:6: invalid composite literal type int
x.go:15:12: invalid argument: index -1 (constant of type int) must not be negative
"""),
      new Case("constants", """
package main

const (
	a = iota * 10
	b
	c = "s"
	d
)

const big = 1 << 100
const i8 int8 = 128
const f32 float32 = 1e40
const bb byte = 255
const over = bb + 1
const neg uint = -1
const dz = 1 / 0
const huge = 1 << 600

var v = big

func main() {
	_ = a + b
	_ = c + d
	_ = byte(300)
	_ = int8(-129)
	_ = uint(1.5)
	_ = string(65.0)
}
""",
          """
x.go:11:17: cannot use 128 (untyped int constant) as int8 value in constant declaration (overflows)
x.go:12:21: cannot use 1e40 (untyped float constant 1e+40) as float32 value in constant declaration (overflows)
x.go:14:14: bb + 1 (constant 256 of type byte) overflows byte
x.go:15:18: cannot use -1 (untyped int constant) as uint value in constant declaration (overflows)
x.go:16:16: invalid operation: division by zero
x.go:17:16: constant shift overflow
x.go:19:9: cannot use big (untyped int constant 1267650600228229401496703205376) as int value in variable declaration (overflows)
x.go:24:11: cannot convert 300 (untyped int constant) to type byte
x.go:25:11: cannot convert -129 (untyped int constant) to type int8
x.go:26:11: cannot convert 1.5 (untyped float constant) to type uint
x.go:27:13: cannot convert 65.0 (untyped float constant 65) to type string
"""),
      new Case("conversions", """
package main

type MyInt int
type S struct{ a int }
type T struct {
	a int `tag`
}

func main() {
	var i int
	var f float64
	var s string
	_ = string(i)
	_ = []byte(s)
	_ = []rune(s)
	_ = int(s)
	_ = float64("a")
	_ = S(T{})
	_ = bool(1)
	_ = MyInt(f)
	_ = (*int)(nil)
	_ = int(nil)
	var p *S
	_ = (*T)(p)
	_ = []int(s)
	_ = int(1, 2)
	_ = int()
}
""",
          """
x.go:16:10: cannot convert s (variable of type string) to type int
x.go:17:14: cannot convert "a" (untyped string constant) to type float64
x.go:19:11: cannot convert 1 (untyped int constant) to type bool
x.go:22:10: cannot convert nil to type int
x.go:25:12: cannot convert s (variable of type string) to type []int
x.go:26:13: too many arguments in conversion to int
x.go:27:6: missing argument in conversion to int
"""),
      new Case("generics", """
package main

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stringer interface{ String() string }

func Str[T Stringer](x T) string { return x.String() }

func Eq[T comparable](a, b T) bool { return a == b }

func Bad[T any](a, b T) bool { return a == b }

func Add[T any](a, b T) T { return a + b }

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) { l.val = v }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	_ = Sum([]int{1})
	_ = Sum([]string{"a"})
	_ = Str(1)
	_ = Eq([]int{}, nil)
	var l List[int]
	l.Push("a")
	var p Pair[[]int, int]
	_ = p
	var q Pair[int]
	_ = q
	_ = Zero()
	_ = Zero[int, int]()
	f := Sum
	_ = f
	var m List
	_ = m
	_ = Sum[int]([]float64{1})
}
""",
          """
x.go:21:39: invalid operation: a == b (incomparable types in type set)
x.go:23:36: invalid operation: operator + not defined on a (variable of type T constrained by any)
x.go:44:9: string does not implement Number (string missing in ~int | ~int64 | ~float64)
x.go:45:9: int does not implement Stringer (missing String method)
x.go:46:8: []int does not implement comparable
x.go:48:9: cannot use "a" (untyped string constant) as int value in argument to l.Push
x.go:49:13: []int does not implement comparable
x.go:51:8: got 1 arguments but 2 type parameters
x.go:53:10: cannot infer T (x.go:37:11)
x.go:54:16: got 2 type arguments but want 1
x.go:55:7: cannot use generic function Sum without instantiation
x.go:57:8: cannot use generic type List[T any] without instantiation
x.go:59:15: cannot use []float64{…} (value of type []float64) as type []int in argument to Sum[int]
"""),
      new Case("interfaces", """
package main

type I interface {
	M()
	N(int) string
}

type T struct{}

func (T) M() {}

type U struct{}

func (*U) M()               {}
func (*U) N(int) string     { return "" }

type W struct{}

func (W) M()            {}
func (W) N(string) string { return "" }

func main() {
	var i I = T{}
	var j I = U{}
	var k I = W{}
	var e error = 1
	var x interface{} = 1
	_ = x.(int)
	_ = i.(T)
	var n int
	_ = n.(int)
	_, _, _ = i, j, k
	_ = e
	s := x.(string) + 1
	_ = s
}
""",
          """
x.go:23:12: cannot use T{} (value of type T) as type I in variable declaration:
	T does not implement I (missing N method)
x.go:24:12: cannot use U{} (value of type U) as type I in variable declaration:
	U does not implement I (M method has pointer receiver)
x.go:25:12: cannot use W{} (value of type W) as type I in variable declaration:
	W does not implement I (wrong type for N method)
		have N(string) string
		want N(int) string
x.go:26:16: cannot use 1 (constant of type int) as type error in variable declaration:
	int does not implement error (missing Error method)
x.go:29:6: impossible type assertion: i.(T)
	T does not implement I (missing N method)
x.go:31:6: invalid operation: n (variable of type int) is not an interface
x.go:34:7: invalid operation: x.(string) + 1 (mismatched types string and untyped int)
"""),
      new Case("methods", """
package main

type T int

func (t T) Get() int   { return int(t) }
func (t *T) Set(v int) { *t = T(v) }
func (t T) Get() int   { return 0 }

type P *T

func (p P) M() {}

func (x int) N() {}

type S struct{ f int }

func (s S) f() {}

func main() {
	T(1).Set(2)
	var t T
	t.Set(1)
	_ = T.Get
	_ = (*T).Set
	_ = T.Set
	_ = t.get
}
""",
          """
x.go:7:12: T.Get redeclared in this block
	x.go:5:12: other declaration of Get
x.go:11:7: invalid receiver type P (pointer or interface type)
x.go:13:7: cannot define new methods on non-local type int
x.go:17:12: field and method with the same name f
	x.go:15:16: other declaration of f
x.go:20:7: cannot call pointer method Set on T
x.go:25:8: cannot call pointer method Set on T
x.go:26:8: t.get undefined (type T has no field or method get, but does have Get)
"""),
      new Case("operators", """
package main

func main() {
	var s string
	var i int
	var f float64
	_ = s + i
	_ = i == s
	_ = f % 2
	_ = !i
	_ = -s
	_ = ^f
	_ = i / 0
	_ = 1.5 << 2
	_ = i << -1
	_ = i << f
	var fl float64 = 1 << i
	_ = fl
	_ = &5
	_ = *i
	_ = s && true
}
""",
          """
x.go:7:6: invalid operation: s + i (mismatched types string and int)
x.go:8:11: invalid operation: i == s (mismatched types int and string)
x.go:9:6: invalid operation: operator % not defined on f (variable of type float64)
x.go:10:7: invalid operation: operator ! not defined on i (variable of type int)
x.go:11:7: invalid operation: operator - not defined on s (variable of type string)
x.go:12:7: invalid operation: operator ^ not defined on f (variable of type float64)
x.go:13:10: invalid operation: division by zero
x.go:14:6: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
x.go:15:11: invalid operation: negative shift count -1 (untyped int constant)
x.go:16:11: invalid operation: shift count f (variable of type float64) must be integer
x.go:17:19: invalid operation: 1 << i (shift of type float64)
x.go:19:7: invalid operation: cannot take address of 5 (untyped int constant)
x.go:20:7: invalid operation: cannot indirect i (variable of type int)
x.go:21:6: invalid operation: s && true (mismatched types string and untyped bool)
"""),
      new Case("redecl", """
package main

var x int
var x string

func f() {}
func f() {}

func g(a int, a string) {}

func main() {
	y := 1
	var y int
	_ = y
	const init = 1
}
""",
          """
x.go:4:5: x redeclared in this block
	x.go:3:5: other declaration of x
x.go:7:6: f redeclared in this block
	x.go:6:6: other declaration of f
x.go:9:15: a redeclared in this block
	x.go:9:8: other declaration of a
x.go:13:6: y redeclared in this block
	x.go:12:2: other declaration of y
"""),
      new Case("returns", """
package main

func a() int {
	for {
		break
	}
}

func b() int {
	if true {
		return 1
	}
}

func c() (int, string) {
	return 1
}

func d() int {
	return 1, 2
}

func e() {
	return 1
}

func f(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic("no")
	}
}

func g() (r int) {
	{
		r := 2
		_ = r
		return
	}
}

func main() {}
""",
          """
x.go:7:1: missing return
x.go:13:1: missing return
x.go:16:9: not enough return values
	have (number)
	want (int, string)
x.go:20:12: too many return values
	have (number, number)
	want (int)
x.go:24:9: too many return values
	have (number)
	want ()
x.go:40:3: result parameter r not in scope at return
	x.go:38:3: inner declaration of var r int
"""),
      new Case("shifts", """
package main

func main() {
	var s uint = 2
	var f float64 = 1 << s
	var g = 1.0 << s
	var h int64 = 1.0 << s
	var i = 1 << 70
	var j uint8 = 1 << 8
	var k = 1 << s == 1<<10
	_, _, _, _, _, _ = f, g, h, i, j, k
	_ = 2.5 << s
	_ = 1 << 1.5
	_ = 1 << 2000
}
""",
          """
x.go:5:18: invalid operation: 1 << s (shift of type float64)
x.go:6:10: invalid operation: 1.0 << s (shift of type float64)
x.go:8:10: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)
x.go:9:16: cannot use 1 << 8 (untyped int constant 256) as uint8 value in variable declaration (overflows)
x.go:12:6: invalid operation: shifted operand 2.5 (untyped float constant) must be integer
x.go:13:11: 1.5 (untyped float constant) truncated to uint
x.go:14:11: invalid operation: invalid shift count 2000 (untyped int constant)
"""),
      new Case("structs", """
package main

type S struct {
	a int
	b string
}

type E struct{ S }

func main() {
	var s S
	s.c = 1
	_ = S{a: 1, c: 2}
	_ = S{1}
	_ = S{1, "a", 3}
	_ = S{a: 1, 2}
	_ = S{a: 1, a: 2}
	var e E
	_ = e.a
	_ = e.S.b
	_ = e.z
	var m map[string]S
	m["x"].a = 1
	p := &s
	_ = p.a
	var pp **S
	_ = pp.a
}
""",
          """
x.go:12:4: s.c undefined (type S has no field or method c)
x.go:13:14: unknown field 'c' in struct literal of type S
x.go:14:9: too few values in S{…}
x.go:15:16: too many values in S{…}
x.go:16:14: mixture of field:value and value elements in struct literal
x.go:17:15: duplicate field name a in struct literal
x.go:21:8: e.z undefined (type E has no field or method z)
x.go:23:2: cannot assign to struct field m["x"].a in map
x.go:27:9: pp.a undefined (type **S has no field or method a)
"""),
      new Case("typedecls", """
package main

type A A
type B struct{ b B }
type C struct{ d D }
type D struct{ c C }
type E []E
type F *F
type G = G
type H [len(H{})]int

var a = b
var b = c + a
var c = 1

func main() {}
""",
          """
x.go:3:6: invalid recursive type A
	x.go:3:6: A refers to
	x.go:3:6: A
x.go:4:6: invalid recursive type B
	x.go:4:6: B refers to
	x.go:4:6: B
x.go:5:6: invalid recursive type C
	x.go:5:6: C refers to
	x.go:6:6: D refers to
	x.go:5:6: C
x.go:9:6: invalid recursive type G
	x.go:9:6: G refers to
	x.go:9:6: G
x.go:10:13: illegal cycle in type declaration
x.go:12:5: initialization loop for a
	x.go:12:5: a refers to
	x.go:13:5: b refers to
	x.go:12:5: a
"""),
      new Case("undefined", """
package main

func main() {
	x := y
	_ = x
	undefinedFunc()
	var t T
	_ = t
}
""",
          """
x.go:4:7: undefined: y
x.go:6:2: undefined: undefinedFunc
x.go:7:8: undefined: T
"""),
      new Case("rangefunc", """
package main

func one(yield func(int) bool)         {}
func none(yield func() bool)           {}
func notIter(x int)                    {}
func twoArgs(a, b func(int) bool)      {}
func result(yield func(int) bool) int  { return 0 }
func many(yield func(a, b, c int) bool) {}
func noBool(yield func(int) int)       {}
func notFunc(yield int)                {}


func main() {
	for x, y := range one {
		_, _ = x, y
	}
	for x := range none {
		_ = x
	}
	for range notIter {
	}
	for range twoArgs {
	}
	for range result {
	}
	for range many {
	}
	for range noBool {
	}
	for range notFunc {
	}
}
""",
          """
x.go:14:9: range over one (value of type func(yield func(int) bool)) permits only one iteration variable
x.go:17:6: range over none (value of type func(yield func() bool)) permits no iteration variables
x.go:20:12: cannot range over notIter (value of type func(x int)): func must be func(yield func(...) bool): argument is not func
x.go:22:12: cannot range over twoArgs (value of type func(a func(int) bool, b func(int) bool)): func must be func(yield func(...) bool): wrong argument count
x.go:24:12: cannot range over result (value of type func(yield func(int) bool) int): func must be func(yield func(...) bool): wrong result count
x.go:26:12: cannot range over many (value of type func(yield func(a int, b int, c int) bool)): func must be func(yield func(...) bool): yield func has too many parameters
x.go:28:12: cannot range over noBool (value of type func(yield func(int) int)): func must be func(yield func(...) bool): yield func does not return bool
x.go:30:12: cannot range over notFunc (value of type func(yield int)): func must be func(yield func(...) bool): argument is not func
"""),
      new Case("generic_alias", """
package main

type Set[K comparable] = map[K]struct{}
type Bad[T any] = T
type Two[A comparable, B any] = map[A]B

var a Set
var b Set[int, string]
var c Two[int]

func main() {
	_ = Set(nil)
	_ = Set{}
}

type List[T any] struct{ items []T }
type L[T any] = List[T]

func (l *L[T]) M(x T) int { return len(l.items) }
""",
          """
x.go:4:19: cannot use type parameter declared in alias declaration as RHS
x.go:7:7: cannot use generic type Set[K comparable] without instantiation
x.go:8:7: too many type arguments for type Set: have 2, want 1
x.go:9:7: not enough type arguments for type Two: have 1, want 2
x.go:12:6: cannot use generic type Set[K comparable] without instantiation
x.go:13:6: cannot use generic type Set[K comparable] without instantiation
x.go:19:10: cannot define new methods on generic alias type L[T any]
"""),
      new Case("rd_range_vars_iface_ptr", """
package main

type I interface{ M() }
type S struct{}

func main() {
	var s []int
	var ch chan int
	var i, j, k int
	for i, j, k = range s {
	}
	for i, j = range ch {
	}
	for i, j, k = range ch {
	}
	var n len
	var p *I = new(S)
	_, _, _, _ = i, j, k, p
}
""",
          """
x.go:10:12: range clause permits at most two iteration variables
x.go:12:9: range over ch (variable of type chan int) permits only one iteration variable
x.go:14:9: range over ch (variable of type chan int) permits only one iteration variable
x.go:16:8: len (built-in) is not a type
x.go:17:13: cannot use new(S) (value of type *S) as type *I in variable declaration:
\t*S does not implement *I (type *I is pointer to interface, not interface)
"""),
      new Case("rd_directives", """
package main

//go:noinline
var x int

//go:notinheap
type A = int

//go:notinheap
type B int

//go:nosplit
func main() {
	//go:noinline
	const c = 1
	_ = x
}
""",
          """
x.go:3:3: misplaced compiler directive
x.go:6:3: misplaced compiler directive
x.go:14:4: misplaced compiler directive
"""),
      new Case("unused", """
package main

func main() {
	a := 1
	var b int
	c, d := 1, 2
	_ = c
	var e = 3
	e = 4
	f := 5
	f++
	func() {
		g := 1
	}()
}
""",
          """
x.go:4:2: a declared but not used
x.go:5:6: b declared but not used
x.go:6:5: d declared but not used
x.go:8:6: e declared but not used
x.go:13:3: g declared but not used
""")
  );

  @TestFactory
  Stream<DynamicTest> programs() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      String got = String.join("\n", CheckerTestSupport.errors(c.src())) + "\n";
      assertEquals(c.want(), got, c.name());
    }));
  }
}
