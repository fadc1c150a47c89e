package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// squares yields 1, 4, 9, ... n*n and says when it ends or is stopped.
func squares(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  squares: cleanup")
		for i := 1; i <= n; i++ {
			if !yield(i * i) {
				fmt.Println("  squares: stopped")
				return
			}
		}
		fmt.Println("  squares: exhausted")
	}
}

// zip pairs two sequences until the shorter ends.
func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	var s iter.Seq[string] = slices.Values([]string{"x", "y"})
	for v := range s {
		fmt.Print(v)
	}
	fmt.Println()

	next, stop := iter.Pull(squares(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("got", v)
	}
	v, ok := next()
	fmt.Println("after end:", v, ok)
	stop()
	stop()

	next, stop = iter.Pull(squares(100))
	a, _ := next()
	b, _ := next()
	fmt.Println("first two:", a, b)
	stop()
	v, ok = next()
	fmt.Println("after stop:", v, ok)

	_, stop = iter.Pull(squares(5))
	stop() // never started: the iterator function does not run
	fmt.Println("stopped before start")

	for x, y := range zip(slices.Values([]string{"a", "b", "c"}), squares(2)) {
		fmt.Println("pair", x, y)
	}

	m := map[string]int{"k": 1}
	next2, stop2 := iter.Pull2(maps.All(m))
	k, val, ok := next2()
	fmt.Println(k, val, ok)
	k, val, ok = next2()
	fmt.Printf("%q %d %v\n", k, val, ok)
	stop2()

	next3, stop3 := iter.Pull(func(yield func(int) bool) {
		yield(1)
		panic("boom")
	})
	fmt.Println(next3())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		next3()
	}()
	fmt.Println(next3())
	stop3()
}
