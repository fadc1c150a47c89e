package main

// Strings are immutable values: assignment shares nothing observable,
// []byte conversions copy, substrings stay valid after the original is
// reassigned.

func modify(b []byte) {
	for i := range b {
		b[i] = '#'
	}
}

func takes(s string) string {
	s += " changed"
	return s
}

func main() {
	s := "original"
	t := s
	s += "!"
	println(s, t)

	b := []byte(t)
	modify(b)
	println(t, string(b))

	u := takes(t)
	println(t, u)

	sub := t[2:6]
	t = "replaced"
	println(sub, t)

	// a string made from a byte slice does not follow later changes
	buf := []byte("abc")
	str := string(buf)
	buf[0] = 'X'
	buf = append(buf, 'd')
	buf[1] = 'Y'
	println(str, string(buf))

	// strings in arrays, slices and maps are values too
	arr := [2]string{"a", "b"}
	arr2 := arr
	arr2[0] += "x"
	println(arr[0], arr2[0])
	m := map[string]string{"k": "v"}
	v := m["k"]
	v += "2"
	println(m["k"], v)

	// two conversions from the same bytes are independent
	bb := []byte("same")
	x := string(bb)
	bb[0] = 'S'
	y := string(bb)
	println(x, y, x == y)
}
