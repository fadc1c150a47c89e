// unicode, unicode/utf8, unicode/utf16: the tables (huge package initialisers) and their queries.
package main

import (
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func b(x bool) string {
	if x {
		return "T"
	}
	return "f"
}

func main() {
	for _, r := range []rune{'A', 'z', '5', ' ', 'é', 'ß', 'Σ', 'ς', '中', '٣', '\u00a0', '\t', '!', 'ǅ', '𝔸', 0x10FFFF} {
		println(string(r), r, b(unicode.IsLetter(r)), b(unicode.IsUpper(r)), b(unicode.IsLower(r)), b(unicode.IsTitle(r)),
			b(unicode.IsDigit(r)), b(unicode.IsNumber(r)), b(unicode.IsSpace(r)), b(unicode.IsPunct(r)), b(unicode.IsPrint(r)),
			b(unicode.IsGraphic(r)), b(unicode.IsControl(r)), b(unicode.IsSymbol(r)), b(unicode.IsMark(r)),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	println(b(unicode.Is(unicode.Han, '中')), b(unicode.Is(unicode.Greek, 'Σ')), b(unicode.In('д', unicode.Latin, unicode.Cyrillic)),
		b(unicode.Is(unicode.Arabic, '٣')), b(unicode.IsOneOf([]*unicode.RangeTable{unicode.Letter, unicode.Digit}, '7')))
	println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties), unicode.Version)
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsLetter(r) {
			n++
		}
	}
	println("letters", n)
	println(unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'), unicode.SpecialCase(unicode.AzeriCase).ToTitle('i'))

	s := "héllo, 世界! \xff𝔸"
	println(len(s), utf8.RuneCountInString(s), b(utf8.ValidString(s)), b(utf8.ValidString("ok")))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		print(r, ":", w, " ")
		i += w
	}
	println()
	r, w := utf8.DecodeLastRuneInString(s)
	println(r, w, utf8.RuneLen('世'), utf8.RuneLen(-1), b(utf8.FullRune([]byte{0xe4, 0xb8})))
	buf := make([]byte, 0, 16)
	buf = utf8.AppendRune(buf, '𝔸')
	buf = utf8.AppendRune(buf, 0xD800)
	println(len(buf), buf[0], buf[3], buf[4], string(buf))
	var p [4]byte
	println(utf8.EncodeRune(p[:], 'é'), p[0], p[1])

	u := utf16.Encode([]rune("a𝔸é"))
	for _, c := range u {
		print(c, " ")
	}
	println()
	println(string(utf16.Decode(u)), b(utf16.IsSurrogate(0xD835)))
	r1, r2 := utf16.EncodeRune('𝔸')
	println(r1, r2, utf16.DecodeRune(r1, r2), utf16.DecodeRune('a', 'b'))
}
