package main

// range over a string decodes UTF-8: the index is the byte offset of each
// rune; an invalid byte yields U+FFFD and advances by one byte.

func dump(s string) {
	print(len(s), ":")
	for i, r := range s {
		print(" ", i, "=", r)
	}
	println()
}

func main() {
	dump("")
	dump("abc")
	dump("héllo")
	dump("世界")
	dump("😀!")
	dump("\xff")
	dump("a\xffb")
	dump("\xe4\xb8")         // truncated 3-byte sequence
	dump("\xe4\xb8x")        // truncated then ASCII
	dump("\xc0\xaf")         // overlong encoding
	dump("\xed\xa0\x80")     // encoded surrogate
	dump("\xf4\x90\x80\x80") // above U+10FFFF
	dump("\xef\xbf\xbd")     // a real U+FFFD
	dump("\x80\x80é\xc3")    // continuation bytes alone, valid rune, lone lead byte
	dump("\U0010FFFF\U00010000")

	// index only
	s := "aé世"
	for i := range s {
		print(i, " ")
	}
	println()
	// value only
	for _, r := range s {
		print(string(r), "|")
	}
	println()
	// range expression evaluated once; reassigning s does not change the loop
	for i, r := range s {
		s = "zzzzzzzz"
		print(i, ":", r, " ")
	}
	println(s)
	// the string is a value: ranging over a substring
	t := "hello, 世界"
	for i, r := range t[7:] {
		println(i, r)
	}
}
