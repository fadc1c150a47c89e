package main

// Shift counts of every integer type (signed counts are allowed since Go
// 1.13), counts at and above the width, untyped constant left operands whose
// type comes from the context, and shifts in compound assignments.

func main() {
	var x int32 = -1000
	var c8 uint8 = 3
	var c16 int16 = 5
	var c32 uint32 = 31
	var c64 int64 = 33
	var ci int = 40
	println(x<<c8, x>>c8, x<<c16, x>>c16, x<<c32, x>>c32, x<<c64, x>>c64, x<<ci, x>>ci)

	var u uint16 = 0xF00F
	println(u<<c8, u>>c8, u<<c16, u>>c16, u<<c32, u>>c32)

	var s uint = 10
	var i64 int64 = 1 << s // the constant 1 takes the type int64
	var u8 uint8 = 1 << (s - 3)
	var f int = 1<<s + 1
	println(i64, u8, f)
	var big uint = 70
	var wide uint64 = 1 << big
	println(wide, uint64(1)<<63>>big)

	n := 1
	for i := 0; i < 5; i++ {
		n <<= uint(i)
		println("n", n)
	}
	var m int64 = -1
	for sh := 0; sh < 70; sh += 9 {
		println("m", sh, m<<sh, m>>sh, uint64(m)>>sh)
	}

	// shift by a count held in a larger unsigned type that is huge
	var hugeCount uint64 = 1<<64 - 1
	var k int8 = -3
	println(k>>hugeCount, k<<hugeCount, uint8(200)>>hugeCount)

	// constant shifts
	const cs = 1 << 10 >> 3
	println(cs, -8>>1, -7>>1, 7>>1)
}
