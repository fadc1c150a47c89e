package main

// Conversions between all integer types: truncation to fewer bits, sign
// extension from signed sources, zero extension from unsigned sources.

func fromInt64(v int64) {
	println("int64", v, "->", int8(v), int16(v), int32(v), int(v), uint8(v), uint16(v), uint32(v), uint64(v), uint(v), uintptr(v))
}

func fromUint64(v uint64) {
	println("uint64", v, "->", int8(v), int16(v), int32(v), int64(v), int(v), uint8(v), uint16(v), uint32(v), uint(v))
}

func fromInt8(v int8) {
	println("int8", v, "->", int16(v), int32(v), int64(v), uint8(v), uint16(v), uint32(v), uint64(v))
}

func fromUint8(v uint8) {
	println("uint8", v, "->", int8(v), int16(v), int32(v), int64(v), uint16(v), uint32(v), uint64(v))
}

func fromInt16(v int16) {
	println("int16", v, "->", int8(v), int32(v), int64(v), uint8(v), uint16(v), uint32(v), uint64(v))
}

func fromUint16(v uint16) {
	println("uint16", v, "->", int8(v), int16(v), int32(v), int64(v), uint8(v), uint32(v), uint64(v))
}

func fromInt32(v int32) {
	println("int32", v, "->", int8(v), int16(v), int64(v), uint8(v), uint16(v), uint32(v), uint64(v))
}

func fromUint32(v uint32) {
	println("uint32", v, "->", int8(v), int16(v), int32(v), int64(v), uint8(v), uint16(v), uint64(v))
}

func main() {
	for _, v := range []int64{0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536,
		2147483647, 2147483648, -2147483649, 4294967295, 4294967296, 0x123456789ABCDEF0, -0x123456789ABCDEF0,
		9223372036854775807, -9223372036854775808} {
		fromInt64(v)
	}
	for _, v := range []uint64{0, 1, 127, 128, 255, 256, 65535, 65536, 2147483648, 4294967295, 4294967296,
		9223372036854775807, 9223372036854775808, 18446744073709551615, 0xFEDCBA9876543210} {
		fromUint64(v)
	}
	for _, v := range []int8{0, 1, -1, 127, -128, -100} {
		fromInt8(v)
	}
	for _, v := range []uint8{0, 1, 127, 128, 200, 255} {
		fromUint8(v)
	}
	for _, v := range []int16{0, -1, 127, 128, -129, 32767, -32768, 0x1234} {
		fromInt16(v)
	}
	for _, v := range []uint16{0, 255, 256, 32767, 32768, 65535, 0xABCD} {
		fromUint16(v)
	}
	for _, v := range []int32{0, -1, 255, -256, 65535, -65536, 2147483647, -2147483648, 0x12345678} {
		fromInt32(v)
	}
	for _, v := range []uint32{0, 255, 65535, 65536, 2147483647, 2147483648, 4294967295, 0x89ABCDEF} {
		fromUint32(v)
	}

	// byte and rune are aliases of uint8 and int32
	var b byte = 200
	var r rune = -2
	println(int8(b), rune(b), byte(r), uint32(r), int64(byte(r)))

	// chained conversions
	x := int64(-1)
	println(uint64(uint32(x)), int64(int8(uint8(x))), uint16(int8(x)), int32(uint16(int16(x))))

	// conversions of arithmetic results happen after wrapping in the source type
	var u8 uint8 = 250
	println(int(u8+10), int(u8)+10)
	var i16 int16 = 32000
	println(int32(i16*2), int32(i16)*2)
}
