package main

import "fmt"

type env struct {
	sig  string
	n    int
	arr  [2]int
}

type checker struct {
	env
	indent int
}

func (c *checker) body(name string, depth int) {
	defer func(e env, indent int) {
		c.env = e
		c.indent = indent
	}(c.env, c.indent)
	c.env = env{sig: name, n: depth}
	c.arr[0] = depth
	c.indent++
	if depth < 2 {
		c.body(name+"'", depth+1)
	}
	fmt.Println("in", name, c.sig, c.n, c.arr, c.indent)
}

func main() {
	c := &checker{env: env{sig: "outer", n: -1}}
	c.body("f", 0)
	fmt.Println("after", c.sig, c.n, c.arr, c.indent)
	var a [3]int
	defer fmt.Println("deferred array", a)
	a[1] = 5
	s := struct{ x int }{1}
	defer func(v struct{ x int }) { fmt.Println("deferred struct", v.x) }(s)
	s.x = 2
}

type big struct {
	a [4]int
	s string
}

func show(tag string, b big, out chan string) {
	out <- fmt.Sprint(tag, b.a, b.s)
}

func (b big) m(tag string, out chan string) {
	out <- fmt.Sprint(tag, b.a, b.s)
}

// go and defer statements evaluate their arguments (struct and array values included) and the
// receiver at the statement: later changes to the variables are not seen by the call.
func init() {
	out := make(chan string)
	b := big{[4]int{1, 2, 3, 4}, "x"}
	go show("go func ", b, out)
	go b.m("go method ", out)
	go func(c big) { out <- fmt.Sprint("go literal ", c.a, c.s) }(b)
	b.a[0] = 100
	b.s = "changed"
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-out] = true
	}
	for _, k := range []string{"go func [1 2 3 4]x", "go method [1 2 3 4]x", "go literal [1 2 3 4]x"} {
		fmt.Println(k, got[k])
	}
	arr := [3]string{"p", "q", "r"}
	func() {
		defer func(a [3]string) { fmt.Println("deferred array arg", a) }(arr)
		arr[2] = "z"
	}()
}
