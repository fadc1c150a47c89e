package main

// Constants: iota (skips, expressions, several per line, implicit
// repetition), typed constants, and untyped arithmetic at high precision.

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 100
	c, d
	_, _
	e, f
)

const (
	x0 = "x"
	x1
	x2 = iota
	x3
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

const big = 1 << 100
const small = big >> 98

const pi = 3.14159265358979323846264338327950288
const third = 1.0 / 3

const typedF float32 = 0.1
const hello = "hello, " + "const"

const (
	minus = -iota
	minus1
	minus2
)

func main() {
	println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	println(KB, MB, GB, TB)
	println(a, b, c, d, e, f)
	println(x0, x1, x2, x3)
	println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC, FlagD&^FlagD)
	println(small)
	println(big / (1 << 90))
	println(pi)
	println(third)
	println(typedF)
	println(hello, len(hello))
	println(minus, minus1, minus2)

	var w Weekday = Thursday
	w++
	println(w, w == Friday/10)

	const local = 7
	var i8 int8 = local * 18
	println(i8)
	var u8 uint8 = 255
	println(u8)
	println(1<<62, -1<<63, 'a', 'z'-'a')
	const huge = 1e300 * 1e300 / 1e300
	println(huge)
}
