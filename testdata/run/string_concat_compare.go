package main

// String concatenation (+, +=) and comparison (== != < <= > >=) by bytes.

func cmp(a, b string) {
	println("\""+a+"\"", "\""+b+"\"", a == b, a != b, a < b, a <= b, a > b, a >= b)
}

func main() {
	a := "foo"
	b := "bar"
	c := a + b
	println(c, len(c))
	c += "!"
	c += ""
	println(c, len(c))
	println(""+"" == "", a+""+b == "foobar")

	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a'+i)) + "-"
	}
	println(s, len(s))

	cmp("abc", "abd")
	cmp("abc", "abc")
	cmp("abc", "ab")
	cmp("", "a")
	cmp("", "")
	cmp("Z", "a")
	cmp("é", "z")
	cmp("a\x00", "a")
	cmp("\xff", "\x7f")
	cmp("世界", "世")
	cmp("apple", "apples")

	// equal contents built differently compare equal
	x := "hel" + "lo"
	y := "hello world"[:5]
	z := string([]byte{'h', 'e', 'l', 'l', 'o'})
	println(x == y, y == z, x == z)

	// sorting strings with a simple insertion sort
	words := []string{"pear", "apple", "fig", "banana", "Apple", "apple pie", "", "cherry"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	for _, w := range words {
		println("[" + w + "]")
	}

	// long concatenation
	long := ""
	for i := 0; i < 1000; i++ {
		long += "ab"
	}
	println(len(long), long[998:1002])
}
