package gava.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** End-to-end programs covering the issue-2 language subset; expected output is gc's (Go 1.22 rules where newer). */
class LanguageTest {
  private static void expect(String program, String output) {
    GoProgram.Run r = GoProgram.run(program);
    assertEquals(output, r.output());
    assertEquals(0, r.exit(), "exit status");
  }

  @Test
  void integersWrapAndUnsignedOps() {
    expect(GoProgram.main("", """
        var a int8 = 127
        a++
        var b uint8 = 250
        b += 10
        var c uint16 = 65535
        c++
        var e uint32 = 0xFFFFFFFF
        var f uint64 = 1<<64 - 1
        var g int64 = -9223372036854775808
        println(a, b, c, e, e/3, e%7, e>>4)
        println(f, f/3, f%10, f>>63, g, -g)
        x, s := -8, uint(70)
        var sh int = 3
        println(x>>1, x>>s, uint(x)>>60, x<<sh, 1<<s)
        println(^0, ^uint8(5), ^int8(5), 7&^5)
        m128, m1 := int8(-128), int8(-1)
        println(m128/m1, m128*m1)
        var u8 uint8 = 200
        println(int8(u8), uint32(int8(u8)), uint64(uint32(1<<31)), float64(f))
        fl := 3.99
        println(int(fl), int(-fl), uint8(fl), uint64(1e19+fl-fl))
        """), """
        -128 4 0 4294967295 1431655765 3 268435455
        18446744073709551615 6148914691236517205 5 1 -9223372036854775808 -9223372036854775808
        -4 -1 15 -64 0
        -1 250 -6 2
        -128 -128
        -56 4294967240 2147483648 +1.844674e+019
        3 -3 3 10000000000000000000
        """);
  }

  @Test
  void floatToIntMatchesAmd64() {
    expect(GoProgram.main("", """
        big, h := 3e9, 300.7
        nan := 0.0
        nan = nan / nan
        println(int32(big), int8(h), uint8(h), uint32(5e9+big-big), int64(nan), uint64(-1.0+h-h), uint64(1e20+h-h))
        """), """
        -2147483648 44 44 705032704 -9223372036854775808 18446744073709551615 9223372036854775808
        """);
  }

  @Test
  void slicesShareBackingArraysAndGrowLikeGc() {
    expect(GoProgram.main("func sum(xs ...int) int { t := 0; for _, x := range xs { t += x }; return t }", """
        var s []int
        println(s == nil, len(s), cap(s))
        for i := 0; i < 5; i++ {
        	s = append(s, i*i)
        }
        println(len(s), cap(s))
        t := s[1:3]
        t[0] = 100
        u := s[1:3:4]
        u = append(u, 7, 8)
        println(s[1], len(t), cap(t), len(u), cap(u), s[3])
        c := make([]int, 2, 10)
        println(copy(c, s), c[0], c[1], sum(), sum(1, 2), sum(s...))
        var arr [4]int
        sl := arr[1:3]
        sl[0] = 9
        arr2 := arr
        arr2[1] = 5
        println(arr[1], arr2[1], arr == arr2)
        b := []byte("héllo")
        b[0] = 'j'
        b = append(b, "!"...)
        r := []rune("héllo")
        println(string(b), len(b), len(r), string(r[1]))
        sp := []int{3: 1, 2, 1: 5}
        println(len(sp), sp[1], sp[4])
        """), """
        true 0 0
        5 8
        100 2 7 4 6 9
        2 0 100 0 3 129
        9 5 false
        jéllo! 7 5 é
        5 5 2
        """);
  }

  @Test
  void structsAndArraysHaveValueSemantics() {
    expect(GoProgram.main("""
        type Point struct{ X, Y int }
        type Rect struct {
        	Min, Max Point
        	Tags     [2]string
        }
        func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
        func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
        func mod(r Rect) int              { r.Min.X = 99; return r.Min.X }
        type Named struct {
        	Point
        	Label string
        }
        type Counter int
        func (c *Counter) Inc() { *c++ }
        """, """
        r := Rect{Min: Point{1, 2}, Max: Point{3, 4}, Tags: [2]string{"a", "b"}}
        r2 := r
        r2.Min.X = 10
        r2.Tags[0] = "z"
        println(r.Min.X, r2.Min.X, r.Tags[0], r2.Tags[0], r == r2, mod(r), r.Min.X)
        p := &r.Max
        p.Scale(2)
        println(r.Max.X, r.Max.Add(Point{1, 1}).Y)
        n := Named{Point{5, 6}, "n"}
        n.Scale(2)
        println(n.X, n.Y, n.Add(n.Point).X)
        var c Counter
        c.Inc()
        c.Inc()
        inc := c.Inc
        inc()
        println(c)
        sl := []Point{{1, 1}, {2, 2}}
        e := &sl[0]
        e.Y = 7
        f := sl[1]
        f.X = 99
        println(sl[0].Y, sl[1].X)
        m := map[Point]string{{1, 2}: "a"}
        key := Point{1, 2}
        m[key] = "b"
        key.X = 5
        println(m[Point{1, 2}], len(m))
        v := Point{1, 1}
        val := v.Add
        v.X = 100
        println(val(Point{}).X)
        """), """
        1 10 a z false 99 1
        6 9
        10 12 20
        3
        7 2
        b 1
        1
        """);
  }

  @Test
  void closuresCaptureByReferenceWithPerIterationLoopVariables() {
    expect(GoProgram.main("""
        func counter() func() int {
        	c := 0
        	return func() int { c++; return c }
        }
        func divmod(a, b int) (q, r int) {
        	q = a / b
        	r = a % b
        	return
        }
        """, """
        c := counter()
        println(c(), c(), c())
        var fs []func() int
        for i := 0; i < 3; i++ {
        	fs = append(fs, func() int { return i * 10 })
        }
        var ps []*int
        for i := 0; i < 3; i++ {
        	ps = append(ps, &i)
        }
        var gs []func() int
        for _, v := range []int{7, 8} {
        	gs = append(gs, func() int { return v })
        }
        println(fs[0](), fs[1](), fs[2](), *ps[0], *ps[2], gs[0](), gs[1]())
        x := 1
        func() {
        	x = 2
        	func() { x *= 10 }()
        }()
        q, r := divmod(17, 5)
        var fact func(int) int
        fact = func(n int) int {
        	if n <= 1 {
        		return 1
        	}
        	return n * fact(n-1)
        }
        println(x, q, r, fact(10))
        """), """
        1 2 3
        0 10 20 0 2 7 8
        20 3 2 3628800
        """);
  }

  @Test
  void controlFlow() {
    expect(GoProgram.main("""
        func days(m int) int {
        	switch m {
        	case 2:
        		return 28
        	case 4, 6, 9, 11:
        		return 30
        	}
        	return 31
        }
        """, """
        println(days(2), days(6), days(7))
        switch x := 3; x {
        case 3:
        	print("three ")
        	fallthrough
        case 4:
        	print("four ")
        case 5:
        	print("five")
        }
        println()
        outer:
        for i := 0; i < 3; i++ {
        	for j := 0; j < 3; j++ {
        		if j == 2 {
        			continue outer
        		}
        		if i == 2 {
        			break outer
        		}
        		print(i, j, " ")
        	}
        }
        println()
        i := 0
        loop:
        if i < 5 {
        	i++
        	goto loop
        }
        for i, r := range "aé\\xffz" {
        	print(i, ":", r, " ")
        }
        for i := range 3 {
        	print(i)
        }
        println()
        """), """
        28 30 31
        three four\s
        00 01 10 11\s
        0:97 1:233 3:65533 4:122 012
        """);
  }

  @Test
  void mapsAndStrings() {
    expect(GoProgram.main("", """
        m := map[string]int{"a": 1, "b": 2}
        m["c"] = 3
        v, ok := m["b"]
        _, ok2 := m["zz"]
        delete(m, "a")
        sum := 0
        for _, x := range m {
        	sum += x
        }
        var nm map[string]int
        println(v, ok, ok2, len(m), sum, nm["x"], len(nm))
        cnt := map[rune]int{}
        for _, r := range "hello, wörld" {
        	cnt[r]++
        }
        s := "hello"
        println(cnt['l'], cnt['ö'], s[1], s[1:3], s < "help", s+"!", len(s[2:]))
        println(min(3, 1, 2), max(2.5, 1.5), min("b", "a"))
        clear(m)
        println(len(m))
        """), """
        2 true false 2 5 0 0
        3 1 101 el true hello! 3
        1 +2.500000e+000 a
        0
        """);
  }

  @Test
  void packageInitialisationOrderAndInitFunctions() {
    expect("""
        package main

        var a = b + 1
        var b = f()
        var total int

        func f() int { total++; return 10 }

        func init() { println("init1", a, b) }
        func init() { println("init2", total) }

        func main() { println("main", a) }
        """, """
        init1 11 10
        init2 1
        main 11
        """);
  }

  @Test
  void severalFiles() {
    GoProgram.Run r = GoProgram.run("""
        package main

        func main() { println(helper(2), T{3}.Double()) }
        """, """
        package main

        type T struct{ v int }

        func (t T) Double() int { return 2 * t.v }

        func helper(x int) int { return x + 1 }
        """);
    assertEquals("3 6\n", r.output());
  }

  @Test
  void deferAndRecover() {
    expect(GoProgram.main("""
        func double() (r int) {
        	defer func() { r *= 2 }()
        	return 21
        }
        func safeDiv(a, b int) (q int, ok bool) {
        	defer func() {
        		if e := recover(); e != nil {
        			println("recovered:", e.(error).Error())
        		}
        	}()
        	return a / b, true
        }
        func loop() {
        	for i := 0; i < 3; i++ {
        		defer print(i, " ")
        	}
        }
        """, """
        println(double())
        q, ok := safeDiv(7, 2)
        println(q, ok)
        q, ok = safeDiv(1, 0)
        println(q, ok)
        loop()
        println()
        """), """
        42
        3 true
        recovered: runtime error: integer divide by zero
        0 false
        2 1 0\s
        """);
  }

  @Test
  void interfaces() {
    expect(GoProgram.main("""
        type Shape interface{ Area() int }
        type Sq struct{ s int }
        type Rect struct{ w, h int }
        func (q Sq) Area() int    { return q.s * q.s }
        func (r *Rect) Area() int { return r.w * r.h }
        type E struct{ msg string }
        func (e *E) Error() string { return "E:" + e.msg }
        type Code int
        func (c Code) String() string { return "code" }
        func find(ok bool) error {
        	if ok {
        		return nil
        	}
        	return &E{"nope"}
        }
        func kind(x any) string {
        	switch v := x.(type) {
        	case nil:
        		return "nil"
        	case int:
        		return "int"
        	case interface{ String() string }:
        		return "stringer " + v.String()
        	case error:
        		return v.Error()
        	default:
        		return "other"
        	}
        }
        """, """
        shapes := []Shape{Sq{2}, &Rect{2, 3}}
        total := 0
        for _, s := range shapes {
        	total += s.Area()
        }
        err := find(false)
        println(total, err != nil, err.Error(), find(true) == nil)
        println(kind(nil), kind(1), kind(Code(1)), kind(&E{"x"}), kind(2.5))
        var a, b any = Sq{1}, Sq{1}
        n, ok := a.(int)
        println(a == b, a != Sq{2}, n, ok)
        defer func() { println(recover().(error).Error()) }()
        _ = a.(*Rect)
        """), """
        10 true E:nope true
        nil int stringer code E:x other
        true true 0 false
        interface conversion: interface {} is main.Sq, not *main.Rect
        """);
  }

  @Test
  void goroutinesChannelsAndSelect() {
    expect(GoProgram.main("""
        func producer(n int, out chan<- int) {
        	for i := 0; i < n; i++ {
        		out <- i
        	}
        	close(out)
        }
        """, """
        ch := make(chan int)
        go producer(10, ch)
        sum := 0
        for v := range ch {
        	sum += v
        }
        v, ok := <-ch
        bc := make(chan string, 3)
        bc <- "a"
        println(sum, v, ok, len(bc), cap(bc), <-bc)
        sel, quit := make(chan int), make(chan struct{})
        go func() {
        	for i := 0; i < 3; i++ {
        		sel <- i
        	}
        	close(quit)
        }()
        cnt := 0
        loop:
        for {
        	select {
        	case x := <-sel:
        		cnt += x + 1
        	case <-quit:
        		break loop
        	}
        }
        e := make(chan int, 1)
        select {
        case e <- 5:
        	print("sent ")
        default:
        	print("full ")
        }
        select {
        case e <- 6:
        	print("sent ")
        default:
        	print("full ")
        }
        println(cnt, <-e)
        """), """
        45 0 false 1 3 a
        sent full 6 5
        """);
  }

  @Test
  void deadlockIsReported() {
    GoProgram.Run r = GoProgram.run(GoProgram.main("", "c := make(chan int)\nc <- 1"));
    assertEquals(2, r.exit());
    assertEquals("fatal error: all goroutines are asleep - deadlock!", r.output().lines().findFirst().orElse(""));
  }
}
