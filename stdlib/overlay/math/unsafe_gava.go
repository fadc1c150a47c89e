package math

// gc reinterprets the float's memory with unsafe pointers (unsafe.go); on the JVM these are the
// JDK's raw bit conversions (the same bits: NaN payloads are kept), which the JIT compiles to a
// register move.

// Float32bits returns the IEEE 754 binary representation of f,
// with the sign bit of f and the result in the same bit position.
// Float32bits(Float32frombits(x)) == x.
//
//gava:java java.lang.Float.floatToRawIntBits
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number corresponding
// to the IEEE 754 binary representation b, with the sign bit of b
// and the result in the same bit position.
// Float32frombits(Float32bits(x)) == x.
//
//gava:java java.lang.Float.intBitsToFloat
func Float32frombits(b uint32) float32

// Float64bits returns the IEEE 754 binary representation of f,
// with the sign bit of f and the result in the same bit position,
// and Float64bits(Float64frombits(x)) == x.
//
//gava:java java.lang.Double.doubleToRawLongBits
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number corresponding
// to the IEEE 754 binary representation b, with the sign bit of b
// and the result in the same bit position.
// Float64frombits(Float64bits(x)) == x.
//
//gava:java java.lang.Double.longBitsToDouble
func Float64frombits(b uint64) float64
