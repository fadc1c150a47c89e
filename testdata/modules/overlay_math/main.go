// math from GOROOT; its float bit conversions are bound by the overlay to the JDK's
// (//gava:java java.lang.Double.doubleToRawLongBits, ...).
package main

import "math"

func main() {
	println(math.Float64bits(1.5), math.Float64frombits(0x3ff8000000000000), math.Float32bits(-2), math.Float32frombits(0x40490fdb))
	nan := math.Float64frombits(0x7ff8000000000001)
	println(math.Float64bits(nan) == 0x7ff8000000000001, math.IsNaN(nan), math.Signbit(math.Copysign(0, -1)))
	f := math.Float64bits
	println(f(-0.0) == 0, f(math.Copysign(0, -1)) == 1<<63)
	println(math.Sqrt(2), math.Floor(-2.5), math.Trunc(2.7), math.Mod(7, 3))
	fr, ex := math.Frexp(8)
	println(fr, ex)
	println(math.Nextafter(1, 2), math.Ldexp(0.5, 3), math.Abs(-3), math.Max(math.Inf(-1), -1))
	println(math.Exp(1), math.Log(10), math.Pow(2, 10), math.Sin(math.Pi/2), math.Atan2(1, 1))
	println(math.MaxFloat32, math.SmallestNonzeroFloat64, uint64(math.MaxUint64))
}
