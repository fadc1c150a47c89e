package p

import "example.com/m/q"

var Count = q.Start + 1

var hidden = 5

type Point struct{ X, Y int }

func (pt Point) Sum() int { return pt.X + pt.Y }

func (pt *Point) Move(d int) { pt.X += d; pt.Y += d }

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s) * int(s) }

const Big = 1 << 40

func init() { println("p.init", Count, hidden) }

func Add(a, b int) int { return a + b + q.Bias() }

func Pair() (int, string) { return 7, "seven" }

var F = func(x int) int { return x * 2 }
