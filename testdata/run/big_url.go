// net/url: parsing, escaping, queries, resolving references.
package main

import "net/url"

func main() {
	u, err := url.Parse("https://user:p%40ss@example.com:8080/a/b%20c/?q=go+lang&x=1&x=2#frag%21")
	println(err == nil, u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawPath, u.RawQuery, u.Fragment, u.User.Username())
	pw, ok := u.User.Password()
	println(pw, ok, u.String(), u.Redacted(), u.RequestURI(), u.EscapedPath(), u.IsAbs())
	q := u.Query()
	println(q.Get("q"), len(q["x"]), q["x"][1], q.Has("y"))
	q.Set("y", "a&b=c")
	q.Add("x", "3")
	q.Del("q")
	println(q.Encode())
	println(url.QueryEscape("a b/c?d=é"), url.PathEscape("a b/c?d=é"))
	s, err := url.QueryUnescape("a%20b+c%zz")
	println(s, err.Error())
	s, _ = url.PathUnescape("a%20b+c")
	println(s)
	base, _ := url.Parse("http://example.com/dir/sub/page.html?x=1")
	for _, ref := range []string{"../other", "/root", "?y=2", "#f", "//cdn.net/x", "g;p?q"} {
		r, _ := url.Parse(ref)
		println(ref, "->", base.ResolveReference(r).String())
	}
	_, err = url.Parse("http://[::1]:namedport")
	println(err.Error())
	_, err = url.Parse(":nope")
	println(err.Error())
	vs, err := url.ParseQuery("a=1&b=%ZZ&c=3")
	println(len(vs), err.Error())
	m, _ := url.Parse("mailto:someone@example.com")
	println(m.Scheme, m.Opaque)
	v6, _ := url.Parse("http://[fe80::1%25en0]:80/")
	println(v6.Hostname(), v6.Port())
	j := url.URL{Scheme: "https", Host: "h.io", Path: "/p q", RawQuery: "a=1"}
	println(j.String(), j.JoinPath("x", "../y").String())
}
