package main

// int and uint are 64 bits wide; constants at the limits of every integer
// type are representable, and arithmetic on int wraps at 64 bits.

const (
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

func main() {
	println(MaxInt8, MinInt8, MaxInt16, MinInt16)
	println(MaxInt32, MinInt32)
	println(MaxInt64, MinInt64)
	println(MaxUint8, MaxUint16, MaxUint32)
	println(uint64(MaxUint64))

	var i8 int8 = MinInt8
	var u8 uint8 = MaxUint8
	var i16 int16 = MinInt16
	var u16 uint16 = MaxUint16
	var i32 int32 = MinInt32
	var u32 uint32 = MaxUint32
	var i64 int64 = MinInt64
	var u64 uint64 = MaxUint64
	println(i8, u8, i16, u16, i32, u32, i64, u64)

	// int is 64-bit
	var n int = MaxInt64
	println(n, n+1)
	var m int = 1 << 62
	println(m, m*2, m*4)
	var bits int
	for v := uint(1); v != 0; v <<= 1 {
		bits++
	}
	println("uint bits:", bits)
	bits = 0
	for v := 1; v != 0; v <<= 1 {
		bits++
	}
	println("int bits:", bits)
	println(^uint(0), ^uint(0)>>1, int(^uint(0)>>1))
	var big int = 3000000000
	println(big*big, big*3)
	var ip uintptr = MaxUint64
	println(ip, ip+1)

	// typed constant expressions are exact at compile time
	const c1 int64 = MaxInt64 / 3 * 3
	const c2 uint8 = MaxUint8 &^ 0x0F
	const c3 = MaxUint64 / MaxUint32
	println(c1, c2, c3)
	println(MaxUint64>>60, MinInt64>>60, (MaxInt64+1)/2)
}
