package main

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

func main() {
	// malformed JSON
	for _, in := range []string{`{"a":`, `{"a" 1}`, `[1,2,]`, `"\x"`, `{"a":1}x`, `nul`, `1e400`, `{"a":"\ud800"}`, "\"\xff\""} {
		var v any
		err := json.Unmarshal([]byte(in), &v)
		fmt.Printf("%q -> %v | %#v\n", in, err, v)
	}
	var n struct{ A int8 }
	fmt.Println(json.Unmarshal([]byte(`{"A":300}`), &n), n)
	var s []int
	fmt.Println(json.Unmarshal([]byte(`{"A":1}`), &s), s)
	fmt.Println(json.Valid([]byte(`{}`)), json.Valid([]byte(`{`)))
	b, err := json.Marshal(map[string]any{"bad": "\xff\xfe", "html": "<a&b>"})
	fmt.Println(string(b), err)
	_, err = json.Marshal(func() {})
	fmt.Println(err)

	// invalid UTF-8
	bad := "a\xffb\xc0\x80c\xed\xa0\x80"
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad), []rune(bad))
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	fmt.Printf("%q %+q %x\n", bad, bad, bad)
	fmt.Println(strings.ToUpper(bad) == strings.ToUpper(bad), strings.ToValidUTF8(bad, "?"))
	fmt.Println(strconv.Quote(bad), string(rune(-1)), string(rune(0x110000)))

	// huge numbers
	for _, in := range []string{"9223372036854775807", "9223372036854775808", "-9223372036854775809", "0x7fffffffffffffff", "1_000", "abc", ""} {
		i, err := strconv.ParseInt(in, 0, 64)
		fmt.Println(i, err)
	}
	for _, in := range []string{"1e308", "1e309", "-1e309", "4.9e-324", "1e-400", "NaN", "inf", "0x1p-1074", "1.7976931348623159e308"} {
		f, err := strconv.ParseFloat(in, 64)
		fmt.Println(f, err)
	}
	u, err := strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	x, ok := new(big.Int).SetString("123456789012345678901234567890123456789", 10)
	fmt.Println(x, ok, new(big.Int).Mul(x, x))
	_, ok = new(big.Int).SetString("12x", 10)
	fmt.Println(ok)

	// other decoders
	_, err = base64.StdEncoding.DecodeString("abc$")
	fmt.Println(err)
	_, err = hex.DecodeString("abz")
	fmt.Println(err)
	_, err = regexp.Compile("a(b")
	fmt.Println(err)
	_, err = url.Parse("http://a b.com/%zz")
	fmt.Println(err)
	_, err = time.Parse("2006-01-02", "2021-13-01")
	fmt.Println(err)
	_, err = time.ParseDuration("1x")
	fmt.Println(err)
	var a, c int
	k, err := fmt.Sscanf("12 abc", "%d %d", &a, &c)
	fmt.Println(k, err, a, c)
}
