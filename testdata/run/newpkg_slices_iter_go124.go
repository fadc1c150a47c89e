package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// countTo yields 1..n, reporting when it is stopped early.
func countTo(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				fmt.Println("  countTo stopped at", i)
				return
			}
		}
	}
}

func main() {
	s := []string{"a", "b", "c", "d"}
	for i, v := range slices.All(s) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for v := range slices.Values(s) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		if i == 1 {
			break
		}
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()

	fmt.Println(slices.Collect(countTo(5)), slices.Collect(countTo(0)) == nil)
	fmt.Println(slices.AppendSeq([]int{-1, 0}, countTo(3)))
	fmt.Println(slices.Collect(slices.Values([]int{})) == nil)
	for v := range countTo(10) {
		if v == 3 {
			break
		}
	}

	words := strings.Fields("delta alpha charlie bravo")
	fmt.Println(slices.Sorted(slices.Values(words)), words)
	fmt.Println(slices.SortedFunc(slices.Values(words), func(a, b string) int { return strings.Compare(b, a) }))
	fmt.Println(slices.SortedStableFunc(slices.Values(words), func(a, b string) int { return len(a) - len(b) }))

	// Chunk: sub-slices of n elements with clipped capacity
	nums := []int{1, 2, 3, 4, 5, 6, 7}
	for c := range slices.Chunk(nums, 3) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()
	for c := range slices.Chunk(nums, 10) {
		fmt.Println(c)
	}
	n := 0
	for range slices.Chunk([]int{}, 2) {
		n++
	}
	fmt.Println("chunks of empty:", n)
	for c := range slices.Chunk(nums, 2) {
		c = append(c, 100) // clipped: must not overwrite nums
		if c[0] == 3 {
			break
		}
	}
	fmt.Println(nums)

	// an iterator over a slice sees changes made during the loop
	t := []int{1, 2, 3}
	for i, v := range slices.All(t) {
		if i+1 < len(t) {
			t[i+1] *= 10
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Values(slices.Repeat([]string{"x"}, 3))))
}
