package main

type C complex64

type S struct{ a [2]complex128 }

func main() {
	ch := make(chan complex128, 2)
	ch <- 1i
	close(ch)
	println(<-ch, <-ch)
	var s S
	t := s
	t.a[1] = 3
	println(s.a[1], t.a[1], s == t)
	for i, v := range []complex64{1, 2i} {
		println(i, v)
	}
	m := map[int]complex128{}
	m[1] += 2i
	m[1] *= m[1]
	println(m[1])
	var arr [2]complex128
	var e interface{} = arr[1]
	println(e == complex128(0), e.(complex128))
	var c C = 3 + 4i
	c /= 0
	println(c)
	x := []interface{}{1i, complex64(2), C(1)}
	for _, v := range x {
		switch v.(type) {
		case complex128:
			println("c128")
		case complex64:
			println("c64")
		case C:
			println("C")
		}
	}
	panic(C(1 + 2i))
}
