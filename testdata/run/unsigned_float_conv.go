package main

// Unsigned values at and above 2^63 convert to floats as unsigned numbers,
// and floats in range convert back to unsigned integers.

func main() {
	var big uint64 = 1 << 63
	var max uint64 = 1<<64 - 1
	var odd uint64 = 1<<63 + 1<<11 + 1
	println(float64(big), float64(max), float64(odd), float32(max))
	println(uint64(float64(big)), uint64(float64(odd)))
	var f float64 = 1.8e19
	println(uint64(f))
	f = 9.3e18
	println(uint64(f), int64(f/2))
	var u32 uint32 = 4294967295
	println(float64(u32), float32(u32), uint32(float64(u32)))
	var h float64 = 3000000000.75
	println(uint32(h), uint64(h), int64(-h))
	var u8 uint8 = 255
	var f32 float32 = 254.9
	println(float32(u8), uint8(f32))
	var u16 uint16 = 65535
	println(float64(u16) / 2)
	// mixing: compare through float
	println(float64(max) == float64(big)*2, float64(big) > 9e18)
}
