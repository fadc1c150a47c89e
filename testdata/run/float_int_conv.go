package main

// Conversions between floats and integers in range: truncation toward zero,
// rounding of large integers to the nearest float, and integer <-> float32.

func main() {
	fs := []float64{0, 0.5, 0.9999, 1, 1.5, 2.5, -0.5, -1.5, -2.5, 3.9, -3.9, 1e9 + 0.5, -1e15 - 0.75, 9.2e18, -9.2e18}
	for _, f := range fs {
		println(f, int64(f), int(f), int32(f/1e10))
	}
	var f8 float64 = 127.9
	var fm float64 = -128.9
	println(int8(f8), int8(fm), uint8(f8*2), int16(fm*200), uint16(f8*500))

	// integers to floats round to nearest even when not exact
	ints := []int64{0, 1, -1, 1 << 53, 1<<53 + 1, 1<<53 + 3, 1<<62 + 1, -(1 << 62) - 1, 9223372036854775807, -9223372036854775808}
	for _, i := range ints {
		println(i, float64(i), float32(i), int64(float64(i)) == i)
	}
	var i32 int32 = 2147483647
	println(float32(i32), float64(i32), int64(float32(i32)))
	var i16 int16 = -32768
	var u8 uint8 = 255
	println(float64(i16), float32(u8)/2)

	// float32 to int
	var g float32 = 16777216.0
	println(int32(g), int64(g*3), int32(-g/3))
	var h float32 = 0.99999994
	println(int(h), int(h+h))

	// integer division vs float division
	a, b := 7, 2
	println(a/b, float64(a)/float64(b), float64(a/b))
	println(int(float64(a)/float64(b) + 0.5))
}
