package main

type Complex interface{ ~complex64 | ~complex128 }

type Numeric interface {
	~int8 | ~int32 | ~int64 | ~uint8 | ~float32 | ~float64 | ~complex64 | ~complex128
}

type Small int8

func Pi[T Complex]() T { return T(3.14) }

func Inc[T Numeric](x T) T {
	x++
	x += T(1)
	return x
}

func Half[T ~float32 | ~float64](x T) T { return x * T(0.5) }

func To[T ~int64 | ~uint8 | ~int8 | ~float64, F ~int | ~float32](x F) T { return T(x) }

func Str[T ~string, B ~byte | ~rune](b B) T { return T(b) }

func main() {
	println(Pi[complex64](), Pi[complex128]())
	println(Inc(int8(126)), Inc(Small(-3)), Inc(uint8(255)), Inc(2.5), Inc(float32(0.25)))
	println(Inc(complex64(1+2i)), Inc(complex(3, -1)))
	println(Half(float32(3)), Half(7.0))
	println(To[uint8](300), To[int8](-129), To[float64](float32(0.1)), To[int64](float32(2.9)), To[uint8](-1))
	println(Str[string](byte('x')), Str[string]('é'))
	var c complex128 = 1i
	c--
	println(c)
}
