package main

// Range over integers of every kind: unsigned types up to their maximum (the loop ends), the
// assignment form, untyped constants taking the type of the assigned variable, typed constants.

type Level uint8

func main() {
	var u8 uint8 = 255
	n := 0
	var last uint8
	for i := range u8 {
		n++
		last = i
	}
	println(n, last)

	var u16 uint16 = 3
	for i := range u16 {
		print(i, " ")
	}
	println()

	var u32 uint32 = 4
	for i := range u32 {
		print(i*0xFFFFFFFF, " ")
	}
	println()

	var u64 uint64 = 2
	for i := range u64 {
		print(i-1, " ")
	}
	println()

	var i8 int8
	for i8 = range 5 {
	}
	println("i8 after", i8)
	var k int
	for k = range 3 {
		print(k)
	}
	println(" k", k)

	for l := range Level(3) {
		var x Level = l
		print(x, " ")
	}
	println()
	const C uint16 = 2
	for c := range C {
		print(c-3, " ")
	}
	println()

	var up uintptr = 2
	for p := range up {
		print(p, " ")
	}
	println()

	// the blank identifier and no variable
	m := 0
	for _ = range int32(4) {
		m++
	}
	for range uint(3) {
		m++
	}
	println("m", m)
}
