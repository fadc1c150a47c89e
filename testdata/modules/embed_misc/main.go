package main

import (
	"crypto/sha256"
	"embed"
	"fmt"
	"io/fs"

	"example.com/misc/lib"
)

var first = describe() // uses variables declared (and embedded) below

func describe() string { return fmt.Sprintf("%d bytes, %q", len(big), spaced) }

var (
	//go:embed big.bin
	big []byte

	//go:embed "sp ace.txt"
	spaced string

	//go:embed big.bin
	bigAgain string
)

//go:embed order
var order embed.FS

//go:embed big.bin
var _ string

func walk(fsys fs.FS, dir string, depth int) {
	es, err := fs.ReadDir(fsys, dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range es {
		fmt.Printf("%*s%s dir=%v\n", depth*2, "", e.Name(), e.IsDir())
		p := dir + "/" + e.Name()
		if e.IsDir() {
			walk(fsys, p, depth+1)
		}
	}
}

func main() {
	fmt.Println(first)
	fmt.Printf("%x\n", sha256.Sum256(big))
	fmt.Println(string(big) == bigAgain, big[255], big[256], string(big[len(big)-16:]))
	fmt.Printf("%q\n", lib.Version)
	walk(order, "order", 0)
	m, _ := fs.Glob(order, "order/x*")
	fmt.Println(m)
	b, err := order.ReadFile("order/é.txt")
	fmt.Printf("%q %v\n", b, err)
	f, _ := order.Open("order/x/b")
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.IsDir(), st.Size())
	_, err = f.Read(make([]byte, 1))
	fmt.Println(err)
	_, err = order.Open("order/x/")
	fmt.Println(err)
	_, err = order.Open("./order")
	fmt.Println(err)
}
