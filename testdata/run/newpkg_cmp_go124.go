package main

import (
	"cmp"
	"fmt"
	"math"
)

type myInt int

type point struct{ x, y int }

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare(3, 2))
	fmt.Println(cmp.Compare("apple", "banana"), cmp.Compare("b", "a"), cmp.Compare("", ""))
	fmt.Println(cmp.Compare(myInt(-4), myInt(7)), cmp.Compare(uint8(200), uint8(100)))
	nan := math.NaN()
	inf := math.Inf(1)
	negZero := math.Copysign(0, -1)
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Compare(nan, math.Inf(-1)))
	fmt.Println(cmp.Compare(negZero, 0.0), cmp.Compare(inf, math.MaxFloat64), cmp.Compare(float32(1.5), float32(2.5)))
	fmt.Println(cmp.Less(nan, 1.0), cmp.Less(1.0, nan), cmp.Less(nan, nan), cmp.Less(negZero, 0.0))
	fmt.Println(cmp.Less(1, 2), cmp.Less(2, 1), cmp.Less("a", "ab"), cmp.Less(int64(-1), int64(-1)))
	fmt.Println(cmp.Or(0, 0, 5, 6), cmp.Or[int](), cmp.Or("", "x", "y"), cmp.Or(point{}, point{1, 2}), cmp.Or(0.0, -1.5))
	// sorting keys with Or: by last name, then first name
	type person struct{ first, last string }
	a, b := person{"Ann", "Lee"}, person{"Bob", "Lee"}
	fmt.Println(cmp.Or(cmp.Compare(a.last, b.last), cmp.Compare(a.first, b.first)))
	fmt.Println(cmp.Or(cmp.Compare(b.last, a.last), cmp.Compare(b.first, a.first)))
}
