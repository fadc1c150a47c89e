// sort (Ints, Strings, Float64s, Sort, Stable, Search, Slice on []int) and container/heap, list, ring.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"sort"
)

type byLen []string

func (a byLen) Len() int           { return len(a) }
func (a byLen) Less(i, j int) bool { return len(a[i]) < len(a[j]) }
func (a byLen) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func printInts(xs []int) {
	for _, x := range xs {
		print(x, " ")
	}
	println()
}

func main() {
	xs := []int{5, 2, 8, -1, 9, 3, 3, 0, 100, -50}
	sort.Ints(xs)
	printInts(xs)
	println(sort.IntsAreSorted(xs), sort.SearchInts(xs, 8), sort.SearchInts(xs, 7))
	ss := []string{"pear", "apple", "fig", "banana", "kiwi"}
	sort.Strings(ss)
	for _, s := range ss {
		print(s, " ")
	}
	println(sort.SearchStrings(ss, "fig"))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	println(fl[0], fl[3])
	words := byLen{"ccc", "a", "bb", "dddd", "e", "ff"}
	sort.Stable(words)
	for _, w := range words {
		print(w, " ")
	}
	println()
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	printInts(xs)
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Slice(big, func(i, j int) bool { return big[i] > big[j] })
	println(big[0], big[999], sort.SliceIsSorted(big, func(i, j int) bool { return big[i] > big[j] }))
	println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	i, found := sort.Find(len(ss), func(i int) int {
		if "kiwi" < ss[i] {
			return -1
		} else if "kiwi" == ss[i] {
			return 0
		}
		return 1
	})
	println(i, found)

	h := &intHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	for h.Len() > 0 {
		print(heap.Pop(h).(int), " ")
	}
	println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	for e := l.Front(); e != nil; e = e.Next() {
		print(e.Value.(int), " ")
	}
	println(l.Len())

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	sum := 0
	r.Do(func(p any) { sum += p.(int) })
	println(sum, r.Move(2).Value.(int), r.Prev().Value.(int))
}
