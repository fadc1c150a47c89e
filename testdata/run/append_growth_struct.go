package main

// append growth of slices of structs of 24 and 12 bytes.

type Big struct {
	A, B, C int64
}

type Small struct {
	A, B, C int32
}

func main() {
	var s []Big
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, Big{int64(i), 0, 0})
		if cap(s) != last {
			println("Big len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	println(s[2999].A)

	var t []Small
	last = -1
	for i := 0; i < 3000; i++ {
		t = append(t, Small{A: int32(i)})
		if cap(t) != last {
			println("Small len", len(t), "cap", cap(t))
			last = cap(t)
		}
	}
	println(t[1234].A)

	for n := 1; n <= 10; n++ {
		u := append([]Big(nil), make([]Big, n)...)
		v := append([]Small(nil), make([]Small, n)...)
		println("at once", n, cap(u), cap(v))
	}

	// elements appended are copies
	b := Big{1, 2, 3}
	bs := append([]Big{}, b)
	b.A = 100
	println(bs[0].A, b.A)
}
