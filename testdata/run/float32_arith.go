package main

// float32 arithmetic rounds to single precision after every operation.

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	var c float32 = 0.3
	println(a+b, a+b == c)
	var a64 float64 = 0.1
	var b64 float64 = 0.2
	println(a64+b64 == 0.3, float64(a)+float64(b) == float64(c))
	println(float64(a) == a64, float64(a)-a64 > 0)

	// 2^24 + 1 is not representable in float32
	var f float32 = 16777216
	println(f, f+1, f+1 == f, f+2)
	var g float32 = 16777217 // rounds on conversion of the constant
	println(g == f)

	// accumulation drifts differently than float64
	var s32 float32
	var s64 float64
	for i := 0; i < 1000; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	println(s32, s64, float64(s32) == s64)
	println(int64(float64(s32)*1e6), int64(s64*1e6))

	// division result rounded to float32 then widened
	var one float32 = 1
	var three float32 = 3
	third := one / three
	println(third, float64(third) == 1.0/3.0, int64(float64(third)*1e12))
	println(third*three, third*three == one)

	// conversion float64 -> float32 rounds to nearest
	var d float64 = 1.0000001
	var e float64 = 1.00000001
	println(float32(d) == 1, float32(e) == 1, int64(float64(float32(d))*1e9))
	var big64 float64 = 3.4e38
	println(float32(big64), float32(big64)*10)
	var small64 float64 = 1e-46
	println(float32(small64), float32(small64) == 0)

	// float32 overflow and underflow during arithmetic
	var m float32 = 3e38
	println(m*2, -m*2, m/1e38)
	var t float32 = 1e-40
	println(t, t/1e10)

	// compound ops on float32
	x := float32(1.5)
	x *= 3
	x -= 0.25
	x /= 2
	x++
	println(x)

	// mixing through conversions
	var n int32 = 16777217
	println(float32(n), int32(float32(n)), float64(n))
}
