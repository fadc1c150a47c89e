package main

// min and max on every integer kind (unsigned comparisons), named types, float32 NaN and
// signed zeros, and constant arguments.

type Celsius float32
type ID uint64

func main() {
	var a, b uint64 = 1 << 63, 5
	println(min(a, b), max(a, b))
	var c, d uint32 = 0xFFFFFFFF, 7
	println(min(c, d), max(c, d))
	var e, f uint = 18446744073709551615, 0
	println(min(e, f), max(e, f))
	var g, h uint16 = 65535, 1
	println(min(g, h), max(g, h))
	var i, j int16 = -32768, 32767
	println(min(i, j), max(i, j))
	var k, l int32 = -5, 5
	println(min(k, l), max(k, l))
	var m, n int64 = -1 << 63, 1<<63 - 1
	println(min(m, n), max(m, n))
	var p, q uintptr = 1, 2
	println(min(p, q), max(p, q))
	var r, s ID = 1 << 63, 3
	println(min(r, s), max(r, s))
	var t Celsius = 36.6
	println(min(t, 40), max(t, 0))
	var z32 float32
	nan32 := z32 / z32
	nz32 := -z32
	println(min(nan32, 1), max(nan32, -1), min(z32, nz32), max(nz32, z32))
	println(1/min(z32, nz32) < 0, 1/max(nz32, z32) > 0)
	var z float64
	nz := -z
	println(1/min(z, nz) < 0, 1/max(nz, z) > 0, 1/min(nz, z) < 0, 1/max(z, nz) > 0)
	x := 2.5
	println(min(x, 1), max(x, 3))
	var by byte = 200
	println(min(by, 'a'), max(by, 255))
	var ru rune = 'x'
	println(min(ru, 'a'), max(ru, 'z'))
	const big = max(1<<70, 1) >> 68
	println(big)
	const cf = min(1, 2.0)
	var ff float32 = cf
	println(ff)
}
