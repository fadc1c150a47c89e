package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type names []string

func catch(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
}

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Index(s, 1), slices.Index(s, 7), slices.Contains(s, 9), slices.Contains(s, 8))
	even := func(x int) bool { return x%2 == 0 }
	fmt.Println(slices.IndexFunc(s, even), slices.ContainsFunc(s, func(x int) bool { return x > 10 }))
	fmt.Println(slices.Equal(s, slices.Clone(s)), slices.Equal(s[:3], s[:4]), slices.Equal([]int{}, nil))
	fmt.Println(slices.Equal([]float64{math.NaN()}, []float64{math.NaN()}))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]int{1}, []int{1, 0}), slices.Compare(s, s))
	fmt.Println(slices.Compare([]float64{math.NaN()}, []float64{0}), slices.CompareFunc([]string{"A"}, []string{"a"}, strings.Compare))
	fmt.Println(slices.Min(s), slices.Max(s), slices.Min([]string{"pear", "fig", "plum"}), slices.Max([]string{"pear", "fig", "plum"}))
	fmt.Println(slices.Min([]float64{2, math.NaN(), 1}), slices.Max([]float64{2, math.NaN(), 1}))
	byLen := func(a, b string) int { return len(a) - len(b) }
	w := []string{"ccc", "a", "bb", "d", "eee"}
	fmt.Println(slices.MinFunc(w, byLen), slices.MaxFunc(w, byLen))

	c := slices.Clone(s)
	c[0] = 100
	fmt.Println(s[0], c[0], slices.Clone([]int(nil)) == nil, slices.Clone([]int{}) == nil)
	var ns names = names{"x", "y"}
	ns2 := slices.Clone(ns)
	fmt.Printf("%T %v\n", ns2, ns2)

	// Insert
	a := []int{1, 2, 3}
	a = slices.Insert(a, 1, 10, 11)
	fmt.Println(a)
	a = slices.Insert(a, len(a), 99)
	fmt.Println(a)
	a = slices.Insert(a, 0)
	fmt.Println(a, len(a))
	big := make([]int, 3, 10)
	copy(big, []int{7, 8, 9})
	big2 := slices.Insert(big, 1, big[2], big[0])
	fmt.Println(big2, &big[0] == &big2[0])

	// Delete, DeleteFunc (the tail is zeroed)
	d := []int{0, 1, 2, 3, 4, 5}
	d2 := slices.Delete(d, 1, 3)
	fmt.Println(d2, d)
	d3 := slices.DeleteFunc(d2, even)
	fmt.Println(d3, d)
	fmt.Println(slices.Delete([]int{1, 2}, 1, 1))

	// Replace
	r := []string{"a", "b", "c", "d", "e"}
	r2 := slices.Replace(r, 1, 3, "X")
	fmt.Println(r2, len(r2), fmt.Sprintf("%q", r))
	r3 := slices.Replace([]int{1, 2, 3}, 1, 2, 7, 8, 9)
	fmt.Println(r3)
	r4 := slices.Replace([]int{1, 2, 3}, 3, 3, 4)
	fmt.Println(r4)

	// Compact, CompactFunc
	k := []int{1, 1, 2, 2, 2, 3, 1, 1}
	k2 := slices.Compact(k)
	fmt.Println(k2, k)
	fold := slices.CompactFunc([]string{"a", "A", "b", "B", "b", "c"}, strings.EqualFold)
	fmt.Println(fold)

	// Reverse, Grow, Clip, Concat, Repeat
	rv := []int{1, 2, 3, 4, 5}
	slices.Reverse(rv)
	fmt.Println(rv)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	cl := slices.Clip(make([]int, 2, 8))
	fmt.Println(len(cl), cap(cl))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.Concat[[]int]() == nil, slices.Concat([]int{}, []int{}) == nil)
	fmt.Println(slices.Repeat([]string{"ab", "c"}, 3), len(slices.Repeat([]int{}, 5)), slices.Repeat([]int{1}, 0) == nil)

	catch("Insert", func() { slices.Insert([]int{1, 2}, 3, 0) })
	catch("Delete", func() { slices.Delete([]int{1, 2}, 2, 1) })
	catch("Grow", func() { slices.Grow([]int{}, -1) })
	catch("Repeat", func() { slices.Repeat([]int{1}, -1) })
	catch("Min", func() { slices.Min([]int{}) })
	catch("MaxFunc", func() { slices.MaxFunc([]int(nil), func(a, b int) int { return a - b }) })
	catch("Chunk", func() { slices.Chunk([]int{1}, 0) })
}
