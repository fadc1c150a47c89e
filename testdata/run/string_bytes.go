package main

// Conversions between string and []byte copy the bytes in both directions.

func main() {
	s := "hello"
	b := []byte(s)
	println(len(b), cap(b) >= 5, b[0], b[4])
	b[0] = 'j'
	println(s, string(b))

	t := string(b)
	b[1] = 'a'
	println(t, string(b))

	// []byte of a multi-byte string contains the UTF-8 encoding
	u := []byte("é世")
	for _, x := range u {
		print(x, " ")
	}
	println(len(u))

	// appending to a []byte and converting back
	b = append(b, " world"...)
	b = append(b, '!')
	println(string(b), len(b))

	// bytes of a substring
	sub := []byte(s[1:4])
	println(len(sub), string(sub))

	// building a string from bytes
	var out []byte
	for c := byte('a'); c <= 'z'; c += 5 {
		out = append(out, c, c-32)
	}
	println(string(out))

	// converting bytes that are not valid UTF-8 keeps them as they are
	bad := []byte{0xff, 'a', 0xc3}
	bs := string(bad)
	println(len(bs), bs[0], bs[2])

	// empty conversions
	e := []byte("")
	println(len(e), string(e) == "", string([]byte(nil)) == "")

	// in-place uppercase on the copy
	name := "gopher"
	nb := []byte(name)
	for i := range nb {
		if nb[i] >= 'a' && nb[i] <= 'z' {
			nb[i] -= 'a' - 'A'
		}
	}
	println(name, string(nb))

	// copy from a string into a byte slice
	dst := make([]byte, 3)
	n := copy(dst, "xyz123")
	println(n, string(dst))
	println(string(b[6:11]) == "world")
}
