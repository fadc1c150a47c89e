// bufio, path, html (its 2231-entry entity map), text/tabwriter, math/rand with a fixed seed.
package main

import (
	"bufio"
	"bytes"
	"html"
	"math/rand"
	"path"
	"strings"
	"text/tabwriter"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("first line\nsecond  line\n\nlast"))
	for sc.Scan() {
		println("line:", sc.Text())
	}
	ws := bufio.NewScanner(strings.NewReader("count these  words\nplease"))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
	}
	println("words", n)
	br := bufio.NewReader(strings.NewReader("alpha,beta\ngamma"))
	tok, _ := br.ReadString(',')
	rest, err := br.ReadString('\n')
	r, size, _ := br.ReadRune()
	println(tok, rest, err == nil, r, size)
	var out bytes.Buffer
	bw := bufio.NewWriterSize(&out, 16)
	bw.WriteString("buffered ")
	println(out.Len(), bw.Buffered())
	bw.WriteString("writer output")
	bw.Flush()
	println(out.String(), bw.Available())

	println(path.Join("a", "b/../c", "/d"), path.Clean("/../a//b/./c/.."), path.Base("/x/y.go"), path.Dir("/x/y.go"), path.Ext("f.tar.gz"), path.IsAbs("/a"))
	m, _ := path.Match("*.go", "main.go")
	d, f := path.Split("static/css/site.css")
	println(m, d, f)

	println(html.EscapeString(`<a href="x">Tom & 'Jerry'</a>`))
	println(html.UnescapeString("&lt;b&gt; &amp;amp; &eacute;&#233;&#x41; &notin; &NotANamedEntity; &copy &frac12;"))

	var tb bytes.Buffer
	w := tabwriter.NewWriter(&tb, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	w.Write([]byte("a\tbbb\tc\n"))
	w.Write([]byte("aaaa\tb\tccccc\n"))
	w.Write([]byte("x\ty\tz\n"))
	w.Flush()
	print(tb.String())
	tb.Reset()
	w = tabwriter.NewWriter(&tb, 5, 0, 2, '.', 0)
	w.Write([]byte("name\tsize\tok\nlonger name\t1\tyes\n"))
	w.Flush()
	print(tb.String())

	rng := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		print(rng.Intn(100), " ")
	}
	println()
	println(rng.Int63(), rng.Uint32(), rng.Float64(), rng.Int31n(10))
	p := rng.Perm(8)
	for _, x := range p {
		print(x, " ")
	}
	println()
	rand.Seed(7)
	println(rand.Intn(1000), rand.Int63n(1e12), rand.ExpFloat64() > 0, rand.NormFloat64() != 0)
	s := []int{1, 2, 3, 4, 5}
	rng.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	for _, x := range s {
		print(x, " ")
	}
	println()
}
