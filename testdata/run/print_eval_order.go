package main

var n = 0

func g() int { n++; println("in g", n); return n }

func s() string { print("in s\n"); return "str" }

type T struct{ a int }

func main() {
	println("g:", g())
	print("a", g(), "\n")
	println(g(), g(), s(), 3.5, true)
	var t T
	p := &t
	println("x", p.a, len(s()))
	ch := make(chan int, 1)
	ch <- 7
	println("recv", <-ch)
}
