package main

// println formats floats like gc's runtime: sign, one digit, six decimals
// and a signed three-digit exponent.

func main() {
	fs := []float64{0, 1, -1, 0.5, 1.5, 10, 100, 123456789, 1234567.5, 9999999, 99999995, 0.1, 0.01, 0.001,
		0.000123456789, 1e10, 1e100, 1e-100, 1e300, 1.7976931348623157e308, 4.9e-324, 2.2250738585072014e-308,
		3.14159265358979, 2.718281828459045, -273.15, 6.02214076e23, 1.602176634e-19, 0.999999951, 0.9999999,
		9.9999994999, 1.0000005, 1.00000049}
	for _, f := range fs {
		println(f)
	}
	var f32s = []float32{0.1, 0.2, 1.0 / 3, 3.4028235e38, 1e-45, 16777217, -2.5}
	for _, f := range f32s {
		println(f)
	}
	print(1.5, -2.25, "\n")
	println(1.5, 2.0, "x", 3.0)
	var z float64
	println(-z, z)
}
