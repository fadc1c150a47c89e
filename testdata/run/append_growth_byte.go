package main

// append growth of []byte (1-byte elements): size classes make the
// capacity jump in irregular steps.

func main() {
	var s []byte
	last := -1
	for i := 0; i < 20000; i++ {
		s = append(s, byte(i))
		if cap(s) != last {
			println("len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	println(s[255], s[256], s[19999])

	for n := 1; n <= 40; n += 3 {
		u := append([]byte(nil), make([]byte, n)...)
		println("at once", n, cap(u))
	}

	// appending a string to a byte slice
	b := []byte("ab")
	b = append(b, "cdefghij"...)
	println(len(b), cap(b), string(b))
	var e []byte
	e = append(e, "hello, world"...)
	println(len(e), cap(e))
}
