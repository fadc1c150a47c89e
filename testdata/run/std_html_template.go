package main

import (
	"fmt"
	"html/template"
	"os"
)

type Item struct {
	Name  string
	URL   string
	Price float64
}

func main() {
	const page = `<html><head><script>var name = {{.Title}};</script></head>
<body><h1 title="{{.Title}}">{{.Title}}</h1>
<ul>{{range $i, $it := .Items}}
<li class="{{if eq $i 0}}first{{else}}rest{{end}}"><a href="{{.URL}}">{{.Name}}</a> {{printf "%.2f" .Price}}</li>{{end}}
</ul>
<a href="/search?q={{.Query}}">search</a>
<p style="color: {{.Color}}">{{.Safe}}</p>
</body></html>
`
	t := template.Must(template.New("page").Parse(page))
	data := map[string]any{
		"Title": `Tom & Jerry's <"show">`,
		"Items": []Item{
			{"a <b>", "http://example.com/?a=1&b=2", 1.5},
			{"evil", "javascript:alert(1)", 2},
		},
		"Query": "a b&c",
		"Color": "red; background: url(x)",
		"Safe":  template.HTML("<em>trusted</em>"),
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(template.HTMLEscapeString(`<a href="x">'&'</a>`))
	fmt.Println(template.JSEscapeString(`"quote" </script>`))
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err)
	err = template.Must(template.New("x").Parse(`<a href="{{.}}`)).Execute(os.Stdout, "u")
	fmt.Println()
	fmt.Println(err)
}
