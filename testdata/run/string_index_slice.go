package main

// String indexing yields bytes; slicing shares bytes and works on byte
// offsets, even in the middle of a multi-byte rune; len counts bytes.

func main() {
	s := "hello, world"
	println(len(s), s[0], s[4], s[len(s)-1])
	println(s[0:5], s[7:], s[:5], s[:], s[3:3] == "", len(s[12:]))
	i, j := 2, 9
	println(s[i:j], len(s[i:j]), s[i:j][1:3])

	u := "héllo, 世界"
	println(len(u), u[0], u[1], u[2], u[len(u)-1])
	println(u[0:3], u[3:], u[len(u)-6:])
	println(len(u[8:11]), u[8:11] == "世")
	println(u[1:2] == "\xc3", len(u[1:2]))

	var b byte = s[7]
	println(b, b == 'w', string(rune(b)))

	// indexing inside loops
	count := 0
	for k := 0; k < len(s); k++ {
		if s[k] == 'o' || s[k] == 'l' {
			count++
		}
	}
	println("o and l:", count)

	// reversing bytes of an ASCII string
	r := ""
	for k := len(s) - 1; k >= 0; k-- {
		r += s[k : k+1]
	}
	println(r)

	// a slice of a slice keeps working on the original bytes
	t := s[1:10]
	t2 := t[2:5]
	println(t, t2, len(t2))

	// constant strings and raw strings
	const c = "constant"
	println(c[2], len(c), c[1:4])
	raw := `a\nb	"q"`
	println(raw, len(raw), raw[1])
	esc := "tab\there\x41\u00e9\U0001F600\\"
	println(esc, len(esc))
}
