package main

// The print and println builtins for every printable kind of value:
// println separates operands with spaces and ends the line; print does
// neither.

type MyInt int
type MyString string
type MyFloat float32
type MyBool bool

func main() {
	println(0, 1, -1, 42, -42)
	println(int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808))
	println(uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615), uint(18446744073709551615))
	var up uintptr = 12345
	println(up)
	println('a', byte('b'), rune('世'))
	println(1.0, -1.0, 0.5, 1e21, 1e-7, 123.456)
	println(float32(1.25), float32(-0.1))
	println(true, false)
	println("string", "", "with spaces", "tab\there")
	// nil values of pointer, map, func and slice types print as zero addresses
	var np *int
	var nm map[string]int
	var nf func()
	var ns []int
	println(np, nm, nf, ns)
	println(MyInt(7), MyString("named"), MyFloat(2.5), MyBool(true))
	println()
	println("empty line above")

	print("no", "spaces", 1, 2, true, "\n")
	print(-5, " ", 3.5, " ", false, "\n")
	print("a")
	print("b")
	print()
	print("\n")

	// values from expressions and variables
	x := 10
	s := "go"
	println(x*x, s+s, x > 5, len(s), -x)
	var i8 int8 = -1
	var u8 uint8 = 200
	println(i8, u8, i8+1, u8+100)

	// mixed kinds on one line
	println("x =", x, "ok =", true, "f =", 0.25, "nil =", np)
	print("end", "\n")
}
