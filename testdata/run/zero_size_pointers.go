// Pointers to zero-size values: elements of arrays and slices of zero-size types share one
// address in gc (fixedbugs/bug352), so pointers to them compare (and hash) equal.
package main

type Empty struct{}

type Holder struct {
	P *Empty
	N int
}

var x [10][0]byte
var y = make([]struct{}, 10)

func main() {
	println(&x[1] == &x[2], &x[1] != &x[2], &y[1] == &y[2], &y[0] != &y[9])
	es := make([]Empty, 3)
	p, q := &es[0], &es[2]
	var nilp *Empty
	println(p == q, p == nilp, nilp == nil, p != nil)
	m := map[Holder]int{}
	m[Holder{p, 1}]++
	m[Holder{q, 1}]++
	m[Holder{nilp, 1}]++
	println(len(m), m[Holder{&es[1], 1}], m[Holder{nil, 1}])
	println(Holder{p, 2} == Holder{q, 2}, Holder{p, 2} == Holder{nil, 2})
}
