package main

// Conversions between strings, runes and []rune: UTF-8 encoding and
// decoding, with invalid code points and bytes becoming U+FFFD.

func main() {
	s := "héllo, 世界!"
	rs := []rune(s)
	println(len(s), len(rs))
	for _, r := range rs {
		print(r, " ")
	}
	println()
	println(string(rs), string(rs[7:9]), string(rs[1]))

	rs[0] = 'H'
	rs[8] = '人'
	println(string(rs), s)

	var r rune = 65
	println(string(r), string(rune(0xe9)), string(rune(0x4e16)), string(rune(0x1F600)))
	println(len(string(rune(0x7f))), len(string(rune(0x80))), len(string(rune(0x7ff))), len(string(rune(0x800))),
		len(string(rune(0xffff))), len(string(rune(0x10000))), len(string(rune(0x10ffff))))

	// invalid code points become U+FFFD (3 bytes: ef bf bd)
	bad := []rune{-1, 0xD800, 0xDFFF, 0x110000, 0x7fffffff}
	for _, b := range bad {
		x := string(b)
		println(b, len(x), x[0], x[1], x[2], x == "\uFFFD")
	}
	println(string(bad) == "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD")

	// invalid UTF-8 bytes decode to U+FFFD, one per bad byte
	inv := "a\xffb\xc3(c\xe2\x82"
	ir := []rune(inv)
	println(len(inv), len(ir))
	for _, x := range ir {
		print(x, " ")
	}
	println()
	println(string(ir) == "a\uFFFDb\uFFFD(c\uFFFD\uFFFD", len(string(ir)))

	// overlong encoding and encoded surrogates are invalid too
	for _, x := range []rune("\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80") {
		print(x, " ")
	}
	println()

	// a rune converted to byte truncates, to string encodes
	var big rune = 0x263A
	println(byte(big), string(big))

	// empty
	println(len([]rune("")), string([]rune{}) == "", string([]rune(nil)) == "")

	// counting runes and building from runes
	word := "naïve café"
	n := 0
	for range word {
		n++
	}
	println(n, len([]rune(word)), len(word))
	out := []rune{}
	for _, c := range word {
		if c != ' ' {
			out = append(out, c)
		}
	}
	println(string(out))
	// reversing by runes keeps characters intact
	rev := []rune(word)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	println(string(rev))
}
