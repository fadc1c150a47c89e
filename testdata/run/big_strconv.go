// strconv: parsing and formatting numbers, quoting, errors with gc's messages.
package main

import "strconv"

func main() {
	for _, s := range []string{"0", "1.5", "-3.25e10", "1e-320", "0x1p-2", "inf", "-Inf", "NaN", "1e400", "abc", "3.141592653589793238", "1_000.5", ".5e1"} {
		f, err := strconv.ParseFloat(s, 64)
		es := "<nil>"
		if err != nil {
			es = err.Error()
		}
		println(s, "=>", strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), es)
	}
	for _, f := range []float64{0, 1, -1.5, 1e21, 1e20, 123456789.125, 5e-324, 1.7976931348623157e308, 0.1, 2.0 / 3} {
		println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'g', 5, 64), strconv.FormatFloat(f, 'E', -1, 32),
			strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'b', -1, 64))
		g, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', -1, 64), 64)
		println(g == f)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	println(strconv.FormatFloat(f32, 'g', -1, 32), err.Error())
	for _, s := range []string{"42", "-9223372036854775808", "9223372036854775808", "0x1F", "0b101", "0o17", "017", "1_000", "", "12a", "+7"} {
		i, err := strconv.ParseInt(s, 0, 64)
		es := "<nil>"
		if err != nil {
			es = err.Error()
			if ne, ok := err.(*strconv.NumError); ok {
				es += " [" + ne.Func + " " + ne.Num + " " + ne.Err.Error() + "]"
			}
		}
		println(s, i, es)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	println(u, err == nil)
	_, err = strconv.ParseInt("300", 10, 8)
	println(err.Error())
	_, err = strconv.Atoi("x1")
	println(err.Error())
	n, _ := strconv.Atoi("-123")
	println(n, strconv.Itoa(-456), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 2), strconv.FormatInt(35, 36))
	println(string(strconv.AppendInt([]byte("x="), 99, 10)), string(strconv.AppendQuote(nil, "q")), string(strconv.AppendBool(nil, true)))
	for _, s := range []string{"hello", "tab\there", "quote\"", "uni ☺ \u00e9", "\x00\x7f\xff", "\U0010ffff", "new\nline"} {
		println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.Quote(s[:1]))
		uq, err := strconv.Unquote(strconv.Quote(s))
		println(uq == s, err == nil)
	}
	println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\''))
	for _, s := range []string{"`raw\\n`", "'a'", "\"\\u263a\"", "\"bad", "'ab'"} {
		uq, err := strconv.Unquote(s)
		es := "<nil>"
		if err != nil {
			es = err.Error()
		}
		println(s, uq, es)
	}
	for _, s := range []string{"true", "F", "1", "yes"} {
		v, err := strconv.ParseBool(s)
		es := "<nil>"
		if err != nil {
			es = err.Error()
		}
		println(s, v, es)
	}
	println(strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u3000'), strconv.CanBackquote("a`b"), strconv.CanBackquote("ab"))
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	println(v, mb, tail, err == nil)
	c, err := strconv.ParseComplex("1+2i", 128)
	println(real(c), imag(c), err == nil, strconv.FormatComplex(complex(1.5, -2), 'f', 1, 128))
}
