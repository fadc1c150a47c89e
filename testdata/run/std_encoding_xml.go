package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	City, State string
}

type Person struct {
	XMLName xml.Name `xml:"person"`
	Id      int      `xml:"id,attr"`
	First   string   `xml:"name>first"`
	Last    string   `xml:"name>last"`
	Age     int      `xml:"age"`
	Height  float32  `xml:"height,omitempty"`
	Married bool
	Address
	Comment string   `xml:",comment"`
	Emails  []string `xml:"email"`
}

func main() {
	v := &Person{Id: 13, First: "John", Last: "Doe", Age: 42, Comment: " Need more details. ",
		Emails: []string{"a@example.com", "b@example.com"}}
	v.Address = Address{"Hanga Roa", "Easter Island"}
	out, err := xml.MarshalIndent(v, " ", "  ")
	fmt.Println(err)
	os.Stdout.Write([]byte(xml.Header))
	os.Stdout.Write(out)
	fmt.Println()

	var p Person
	err = xml.Unmarshal(out, &p)
	fmt.Println(err, p.Id, p.First, p.Last, p.Age, p.City, p.Emails, p.Comment)

	// tokens, entities, CDATA
	d := xml.NewDecoder(strings.NewReader(`<a x="1&amp;2"><b>t&lt;x</b><![CDATA[<raw>]]><!-- c --><?pi data?></a>`))
	for {
		tok, err := d.Token()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Println("start", t.Name.Local, t.Attr)
		case xml.EndElement:
			fmt.Println("end", t.Name.Local)
		case xml.CharData:
			fmt.Printf("chardata %q\n", string(t))
		case xml.Comment:
			fmt.Printf("comment %q\n", string(t))
		case xml.ProcInst:
			fmt.Printf("procinst %s %q\n", t.Target, string(t.Inst))
		}
	}
	// malformed input
	for _, bad := range []string{`<a><b></a>`, `<a x=1/>`, `<a>&bogus;</a>`, ``} {
		var x struct {
			B string `xml:"b"`
		}
		fmt.Println(xml.Unmarshal([]byte(bad), &x))
	}
	var buf strings.Builder
	xml.EscapeText(&buf, []byte("<&>\"'\t\n"))
	fmt.Println(buf.String())
}
