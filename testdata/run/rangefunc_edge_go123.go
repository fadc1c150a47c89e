package main

// Corner cases of range-over-func loops: struct and array results returned from the body, named
// yield and iterator types, break of a select in the body, recover in a deferred call made by
// the body, goto the label of the loop itself, closures and pointers of iteration variables.

type P struct{ a, b int }

type Yield func(int) bool
type Iter func(Yield)

func count(n int) Iter {
	return func(y Yield) {
		for i := 0; i < n; i++ {
			if !y(i) {
				return
			}
		}
	}
}

func pt() P {
	defer println("pt defer")
	for i := range count(3) {
		if i == 1 {
			return P{i, i * 2}
		}
	}
	return P{}
}

func arr() (r [2]int) {
	for i := range count(3) {
		r[0] = i
		if i == 2 {
			return [2]int{7, 8}
		}
	}
	return
}

func selectBreak() int {
	ch := make(chan int, 1)
	n := 0
	for i := range count(3) {
		ch <- i
		select {
		case v := <-ch:
			if v == 1 {
				break
			}
			n += 10
		}
		n++
	}
	return n
}

func rec() (s string) {
	for i := range count(3) {
		defer func() {
			if r := recover(); r != nil {
				s = "recovered " + r.(string)
			}
		}()
		if i == 1 {
			panic("p1")
		}
	}
	return "none"
}

func main() {
	println(pt().b)
	a := arr()
	println(a[0], a[1])
	println(selectBreak())
	println(rec())
	tries := 0
L:
	for i := range count(3) {
		if i == 1 && tries < 2 {
			tries++
			goto L
		}
	}
	println("tries", tries)
	var fs []func()
	for i := range count(2) {
		fs = append(fs, func() { i += 100; println("i", i) })
		i++
	}
	fs[0]()
	fs[0]()
	fs[1]()
	x := 0
	p := &x
	for i := range count(3) {
		q := &i
		*p += *q
	}
	println("x", x)
}
