// strings and bytes: Builder (no copy), Replacer, Fields, Split, Map, Title, Buffer, Reader...
package main

import (
	"bytes"
	"io"
	"strings"
	"unicode"
)

func list(xs []string) string {
	return "[" + strings.Join(xs, "|") + "]"
}

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString("ab")
		sb.WriteByte('0' + byte(i))
		sb.WriteRune('é')
	}
	s1 := sb.String()
	sb.WriteString("!")
	println(s1, sb.Len(), sb.String(), len(s1))
	sb.Reset()
	sb.Grow(10)
	println(sb.Len(), sb.Cap() >= 10)
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		var a strings.Builder
		a.WriteString("x")
		b := a
		b.WriteString("y")
	}()

	r := strings.NewReplacer("a", "1", "b", "2", "hello", "HI")
	println(r.Replace("abc hello banana"))
	r2 := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	println(r2.Replace("<a><b>"))
	println(list(strings.Fields("  foo bar\tbaz\n ")), list(strings.Split("a,b,,c", ",")), list(strings.SplitN("a,b,c", ",", 2)),
		list(strings.SplitAfter("a,b,c", ",")), list(strings.FieldsFunc("a1b2c3", unicode.IsDigit)))
	println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana split"))
	println(strings.Title("hello wide world"), strings.ToUpper("straße"), strings.ToLower("ÀÉÎ"), strings.ToTitle("ǆ"))
	println(strings.Repeat("ab", 3), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'),
		strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "xyzn"), strings.IndexFunc("Hello, 世界", unicode.IsUpper),
		strings.Index("a long long text to search in for a needle", "needle"))
	println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'c'), strings.Count("cheese", "e"),
		strings.Count("five", ""), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.EqualFold("Go", "GO"))
	println(strings.TrimSpace("  \t x y \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabc", "a"), strings.TrimPrefix("prefix-body", "prefix-"),
		strings.TrimSuffix("a.go", ".go"), strings.TrimFunc("123abc456", unicode.IsDigit), strings.Replace("oink oink oink", "k", "ky", 2),
		strings.ReplaceAll("oink oink", "oink", "moo"))
	before, after, found := strings.Cut("key=value", "=")
	println(before, after, found, strings.Compare("a", "b"), strings.Clone("clone"), strings.ToValidUTF8("a\xffb", "?"))
	rd := strings.NewReader("line one\nline two")
	bs, _ := io.ReadAll(rd)
	println(len(bs), string(bs[5:8]), rd.Len())

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	println(n, string(p), buf.String())
	line, err := bytes.NewBufferString("a\nb").ReadString('\n')
	println(line, err == nil)
	x := []byte("Hello, Gophers")
	println(bytes.Equal(x, []byte("Hello, Gophers")), bytes.Compare([]byte("a"), []byte("b")), bytes.Index(x, []byte("Go")),
		string(bytes.ToUpper(x)), string(bytes.Title([]byte("abc def"))), bytes.HasPrefix(x, []byte("Hell")), bytes.Count(x, []byte("o")))
	fs := bytes.Fields([]byte(" a bb  ccc "))
	println(len(fs), string(fs[2]), string(bytes.Join(fs, []byte("-"))), string(bytes.Repeat([]byte("z"), 3)),
		string(bytes.TrimSpace([]byte("  t  "))), string(bytes.Map(unicode.ToUpper, []byte("map"))))
	println(string(bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("bb"))), bytes.ContainsRune(x, 'G'), bytes.IndexByte(x, 'G'),
		bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.LastIndex(x, []byte("o")))
	br := bytes.NewReader([]byte("reader"))
	c, _ := br.ReadByte()
	println(string(rune(c)), br.Len(), br.Size())
}
