package main

import "example.com/addr/p"

func bump(x *int) { *x += 5 }

func main() {
	bump(&p.N)
	q := &p.N
	*q *= 2
	println(p.N, p.Get(), q == &p.N)
	p.C.Inc()
	p.C.Inc()
	f := p.C.Inc
	f()
	println(p.C)
	s := &p.S
	s.A = 3
	println(p.S.A)
}
