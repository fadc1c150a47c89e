package main

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

//go:embed hello.txt
var hello string

//go:embed hello.txt
var helloBytes []byte

//go:embed static
var static embed.FS

//go:embed all:static
var allStatic embed.FS

//go:embed tmpl/*.tmpl "hello.txt" `other/one.dat`
//go:embed other/two.dat
var mixed embed.FS

type alias = embed.FS

//go:embed static/css/*.css
var css alias

type myString string

//go:embed other/one.dat
var named myString

var early = len(hello) // initialised after the embedded variable

func names(fsys fs.FS) []string {
	var out []string
	fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, "error: "+err.Error())
			return nil
		}
		kind := "f"
		if d.IsDir() {
			kind = "d"
		}
		out = append(out, kind+" "+path)
		return nil
	})
	return out
}

func main() {
	fmt.Printf("%q %q %d\n", hello, helloBytes, early)
	helloBytes[0] = 'H'
	fmt.Printf("%q %q len=%d cap=%d\n", hello, helloBytes, len(helloBytes), cap(helloBytes))
	fmt.Printf("%q\n", named)

	fmt.Println(strings.Join(names(static), "\n"))
	fmt.Println("--- all:")
	fmt.Println(strings.Join(names(allStatic), "\n"))
	fmt.Println("--- mixed:")
	fmt.Println(strings.Join(names(mixed), "\n"))
	fmt.Println("--- css:", names(css))

	data, err := static.ReadFile("static/index.html")
	fmt.Printf("%q %v\n", data, err)
	_, err = static.ReadFile("static/.env")
	fmt.Println(err)
	_, err = static.ReadFile("static")
	fmt.Println(err)
	_, err = static.ReadFile("/static/index.html")
	fmt.Println(err)
	two, _ := mixed.ReadFile("other/two.dat")
	fmt.Printf("%q\n", two)

	entries, err := static.ReadDir("static")
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Size(), info.Mode(), info.ModTime().IsZero())
	}
	_, err = static.ReadDir("nope")
	fmt.Println(err)

	f, err := static.Open("static/css/site.css")
	if err == nil {
		st, _ := f.Stat()
		b, _ := io.ReadAll(f)
		fmt.Println(st.Name(), st.Size(), st.IsDir(), string(b))
		if s, ok := f.(io.Seeker); ok {
			off, err := s.Seek(2, io.SeekStart)
			rest, _ := io.ReadAll(f)
			fmt.Println(off, err, string(rest))
		}
		f.Close()
	}
	d, err := static.Open("static")
	if err == nil {
		st, _ := d.Stat()
		fmt.Println(st.Name(), st.IsDir(), st.Mode())
		if rd, ok := d.(fs.ReadDirFile); ok {
			es, err := rd.ReadDir(1)
			fmt.Println(len(es), es[0].Name(), err)
			es, err = rd.ReadDir(-1)
			fmt.Println(len(es), err)
		}
	}

	matches, err := fs.Glob(mixed, "tmpl/*")
	fmt.Println(matches, err)
	matches, err = fs.Glob(allStatic, "static/*")
	sort.Strings(matches)
	fmt.Println(matches, err)

	sub, err := fs.Sub(static, "static")
	fmt.Println(err)
	idx, err := fs.ReadFile(sub, "index.html")
	fmt.Printf("%q %v\n", idx, err)
	fmt.Println(names(sub))

	srv := httptest.NewServer(http.FileServer(http.FS(sub)))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/css/site.css")
	if err != nil {
		fmt.Println(err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.Header.Get("Content-Type"), string(body))
	resp, _ = http.Get(srv.URL + "/nope")
	fmt.Println(resp.StatusCode)
	resp.Body.Close()

	var zero embed.FS
	_, err = zero.Open(".")
	fmt.Println(err, names(zero))
}
