package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("t").Funcs(funcs).Parse(`{{range $i, $e := .Items}}{{$i}}: {{upper .Name}} {{.Qty}} x {{printf "%.2f" .Price}} = {{.Total}}
{{end}}{{if gt (len .Items) 1}}many{{else}}few{{end}} {{.Title | printf "%q"}} {{index .M "k"}}
`))
	data := map[string]any{
		"Items": []Item{{"apple", 0.5, 4}, {"pear", 1.25, 2}},
		"Title": "list",
		"M":     map[string]int{"k": 7},
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		println(err.Error())
	}
}
