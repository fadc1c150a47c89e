package main

import (
	"example.com/m/p"
	pp "example.com/m/p"
	. "example.com/m/q"
)

type local struct{ a int }

func init() { println("main.init") }

func main() {
	println(p.Add(1, 2), pp.Count, p.Big, Start)
	pt := p.Point{X: 1, Y: 2}
	pt.Move(3)
	println(pt.Sum())
	var s p.Shape = p.Sq(4)
	println(s.Area())
	n, str := p.Pair()
	println(n, str, p.F(21))
	p.Count = 99
	println(p.Count)
	f := p.Add
	println(f(2, 3))
	defer p.Add(1, 1)
	var ip = &p.Point{5, 6}
	println(ip.Sum(), local{3}.a)
}
