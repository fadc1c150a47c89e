package main

// append growth of []string (16-byte elements).

func main() {
	var s []string
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, "x")
		if cap(s) != last {
			println("len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	for n := 1; n <= 10; n++ {
		u := append([]string(nil), make([]string, n)...)
		print(cap(u), " ")
	}
	println()
	words := []string{"a"}
	words = append(words, "b", "c")
	println(len(words), cap(words), words[2])
}
