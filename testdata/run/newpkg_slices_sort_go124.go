package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// rng is a small deterministic generator (an LCG), so the data is the same on every run.
type rng uint64

func (r *rng) next(n int) int {
	*r = *r*6364136223846793005 + 1442695040888963407
	return int(uint64(*r>>33) % uint64(n))
}

// naiveSort is a reference insertion sort (stable) to compare against.
func naiveSort[E any](s []E, less func(a, b E) bool) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

type rec struct {
	key, seq int
}

func main() {
	r := rng(42)
	ok := true
	for _, n := range []int{0, 1, 2, 3, 10, 13, 50, 100, 1000, 3000} {
		for _, spread := range []int{2, 10, 1 << 30} {
			data := make([]int, n)
			for i := range data {
				data[i] = r.next(spread) - spread/2
			}
			want := slices.Clone(data)
			naiveSort(want, func(a, b int) bool { return a < b })
			got := slices.Clone(data)
			slices.Sort(got)
			got2 := slices.Clone(data)
			slices.SortFunc(got2, func(a, b int) int { return cmp.Compare(b, a) })
			slices.Reverse(got2)
			if !slices.Equal(got, want) || !slices.Equal(got2, want) || !slices.IsSorted(got) {
				fmt.Println("unstable sort wrong for n =", n, "spread =", spread)
				ok = false
			}
			// stable: records with few distinct keys keep their input order among equals
			recs := make([]rec, n)
			for i := range recs {
				recs[i] = rec{r.next(spread), i}
			}
			wantR := slices.Clone(recs)
			naiveSort(wantR, func(a, b rec) bool { return a.key < b.key })
			gotR := slices.Clone(recs)
			slices.SortStableFunc(gotR, func(a, b rec) int { return a.key - b.key })
			if !slices.Equal(gotR, wantR) || !slices.IsSortedFunc(gotR, func(a, b rec) int { return a.key - b.key }) {
				fmt.Println("stable sort wrong for n =", n, "spread =", spread)
				ok = false
			}
		}
	}
	fmt.Println("random sorts agree with the reference:", ok)

	// already sorted, reversed and constant inputs (quicksort's bad cases)
	for _, n := range []int{5000} {
		asc, desc, same := make([]int, n), make([]int, n), make([]int, n)
		for i := range asc {
			asc[i], desc[i], same[i] = i, n-i, 7
		}
		slices.Sort(asc)
		slices.Sort(desc)
		slices.Sort(same)
		fmt.Println(slices.IsSorted(asc), slices.IsSorted(desc), desc[0], desc[n-1], slices.IsSorted(same))
	}

	f := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.NaN(), math.Inf(-1), 2.5}
	slices.Sort(f)
	fmt.Println(f, slices.IsSorted(f))
	fmt.Println(slices.IsSorted([]float64{1, math.NaN()}), slices.IsSorted([]float64{math.NaN(), 1}))

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	slices.Sort(words)
	fmt.Println(words)
	slices.SortStableFunc(words, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(words)
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(a[len(a)-1], b[len(b)-1]), strings.Compare(a, b))
	})
	fmt.Println(words)

	sorted := []int{10, 20, 20, 30, 40}
	for _, t := range []int{5, 10, 20, 25, 40, 50} {
		i, found := slices.BinarySearch(sorted, t)
		fmt.Print(t, ":", i, found, " ")
	}
	fmt.Println()
	fmt.Println(slices.BinarySearch([]float64{math.NaN(), 1, 2}, math.NaN()))
	fmt.Println(slices.BinarySearch([]string{}, "x"))
	people := []rec{{1, 100}, {3, 300}, {5, 500}}
	fmt.Println(slices.BinarySearchFunc(people, 3, func(p rec, k int) int { return cmp.Compare(p.key, k) }))
	fmt.Println(slices.BinarySearchFunc(people, 4, func(p rec, k int) int { return cmp.Compare(p.key, k) }))
	fmt.Println(slices.IsSorted([]int{}), slices.IsSorted([]int{1, 1, 2}), slices.IsSorted([]int{2, 1}))
}
