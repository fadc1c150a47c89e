package main

// sort.Slice, SliceStable and SliceIsSorted swap through internal/reflectlite.Swapper, for slices of
// every element representation; swapping struct elements keeps pointers to elements valid.

import "sort"

type person struct {
	name string
	age  int
}

type pair [2]int

func main() {
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Slice(ints, func(i, j int) bool { return ints[i] < ints[j] })
	println(ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], sort.SliceIsSorted(ints, func(i, j int) bool { return ints[i] < ints[j] }))

	bs := []byte("sorting")
	sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
	println(string(bs))

	fs := []float64{2.5, -1, 3.25, 0}
	sort.Slice(fs, func(i, j int) bool { return fs[i] > fs[j] })
	println(fs[0], fs[1], fs[2], fs[3])

	u16 := []uint16{300, 2, 65535, 7}
	sort.Slice(u16, func(i, j int) bool { return u16[i] < u16[j] })
	println(u16[0], u16[1], u16[2], u16[3])

	r := []rune("zyx")
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	println(string(r))

	bools := []bool{true, false, true, false}
	sort.Slice(bools, func(i, j int) bool { return !bools[i] && bools[j] })
	println(bools[0], bools[1], bools[2], bools[3])

	strs := []string{"pear", "apple", "fig"}
	sort.Slice(strs, func(i, j int) bool { return strs[i] < strs[j] })
	println(strs[0], strs[1], strs[2])

	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 35}, {"dave", 25}}
	first := &people[0]
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	for _, p := range people {
		print(p.name, ":", p.age, " ")
	}
	println()
	println(first.name, first == &people[0])

	ptrs := []*person{{"x", 3}, {"y", 1}, {"z", 2}}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].age < ptrs[j].age })
	println(ptrs[0].name, ptrs[1].name, ptrs[2].name)

	arrs := []pair{{3, 1}, {1, 2}, {2, 3}}
	sort.Slice(arrs, func(i, j int) bool { return arrs[i][0] < arrs[j][0] })
	println(arrs[0][1], arrs[1][1], arrs[2][1])

	anys := []any{3, 1, 2}
	sort.Slice(anys, func(i, j int) bool { return anys[i].(int) < anys[j].(int) })
	println(anys[0].(int), anys[1].(int), anys[2].(int))

	var empty []int
	sort.Slice(empty, func(i, j int) bool { return false })
	println(len(empty), sort.Search(100, func(i int) bool { return i*i >= 50 }))

	defer func() { println("recovered:", recover() != nil) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
