package main



type P struct {
	c complex128
	d complex64
}

type C complex128

func add(a, b complex128) complex128 { return a + b }
func two() (complex64, complex128) { return 1 + 1i, 2 - 2i }

var zf float64

func main() {
	var c complex64 = 1 + 2i
	var d complex128 = complex(3, -4)
	println(c, d, real(d), imag(c))
	println(c*c, c/c, c-c, -c, d*d, d/(1+1i), d+1)
	var z complex128
	println(z, d/z, -d/z, z/z)
	inf := 1/zf
	nan := zf/zf
	println(complex(inf, 1)/complex(1, 2), complex(1, 1)/complex(inf, nan), complex(nan, 1)/z)
	println(d == complex(3, -4), d != d, z == 0, complex(nan, 0) == complex(nan, 0))
	var p P
	p.c = 5i
	p.d = complex64(p.c)
	println(p.c, p.d, p == P{5i, 5i}, p == P{})
	arr := [3]complex128{1, 2i}
	println(arr[0], arr[1], arr[2], arr == [3]complex128{1, 2i, 0})
	s := make([]complex64, 3)
	s[1] = 7
	s = append(s, 9i)
	println(s[0], s[1], s[3], len(s))
	m := map[complex128]int{}
	m[0] = 1
	m[complex(0, -zf)]++
	m[s2c(arr[2])]++
	println(m[0], len(m))
	var i interface{} = d
	var j interface{} = complex64(d)
	println(i == d, i == j, i.(complex128), j.(complex64))
	switch v := j.(type) {
	case complex128:
		println("128", v)
	case complex64:
		println("64", v)
	}
	x, y := two()
	println(x, y, add(y, 1))
	var cc C = 1i
	cc *= cc
	println(cc, real(cc))
	const k = 2.5 + 1i
	var f float64 = real(k)
	println(f, imag(k), k)
	var f32 float32 = 1.5
	println(complex(f32, f32), complex(f, 2))
	mm := map[string]complex64{}
	println(mm["x"], mm["x"] == 0)
	var pi *complex128 = &d
	*pi += 1
	println(d, *pi)
	fn := func() complex128 { return d }
	println(fn())
	var big complex64 = complex64(complex(1e30, 1e-30))
	println(big)
	println(c == 1+2i)
	defer func() { println(recover().(complex128)) }()
	panic(d)
}

func s2c(c complex128) complex128 { return c }
