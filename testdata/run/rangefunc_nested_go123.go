package main

// Nested range-over-func loops, iterators returned by methods (pointer and value receivers),
// method values as iterators, struct iteration values, and the assignment form (=).

type List struct {
	vals []int
}

func (l *List) All() func(yield func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i, v := range l.vals {
			if !yield(i, v) {
				println("  All stops at", i)
				return
			}
		}
	}
}

func (l List) Values(yield func(int) bool) {
	for _, v := range l.vals {
		if !yield(v) {
			return
		}
	}
}

type P struct{ x, y int }

func Points(yield func(P) bool) {
	p := P{0, 0}
	for i := 0; i < 3; i++ {
		p.x, p.y = i, i*i
		if !yield(p) {
			return
		}
	}
}

func main() {
	a := &List{[]int{1, 2, 3}}
	b := List{[]int{10, 20}}
	for i, x := range a.All() {
		for y := range b.Values {
			for _, z := range (&List{[]int{100 * x}}).All() {
				println(i, x, y, z, x+y+z)
			}
		}
	}
	sum := 0
	vals := b.Values
	for v := range vals {
		sum += v
	}
	println("sum", sum)
	var ps []P
	for p := range Points {
		p.x += 100
		ps = append(ps, p)
	}
	for _, p := range ps {
		println(p.x, p.y)
	}
	var k, v int
	for k, v = range a.All() {
		if v == 2 {
			break
		}
	}
	println("k v", k, v)
	var last interface{}
	for last = range b.Values {
	}
	println(last.(int))
	arr := [3]int{}
	idx := 0
	for arr[idx] = range a.Values {
		idx++
		if idx == len(arr) {
			break
		}
	}
	println(arr[0], arr[1], arr[2])
}
