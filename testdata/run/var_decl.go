package main

// var declarations: zero values, grouped declarations, inference,
// multiple assignment, package-level variables and shadowing.

var pkgInt int
var pkgStr = "package"
var (
	pkgA, pkgB = 1, 2
	pkgF       float64
	pkgBool    = true
)

func main() {
	var i int
	var i8 int8
	var u uint64
	var f32 float32
	var f64 float64
	var b bool
	var s string
	println(i, i8, u, f32, f64, b, len(s), s == "")

	var x, y, z = 1, "two", 3.0
	println(x, y, z)

	var (
		p       = 10
		q int32 = -5
		r       = p * 2
	)
	println(p, q, r)

	a, bb := 3, 4
	a, bb = bb, a
	println(a, bb)

	// := with one new variable on the left
	a, c := 100, 200
	println(a, bb, c)

	println(pkgInt, pkgStr, pkgA, pkgB, pkgF, pkgBool)
	pkgInt = 42
	pkgStr += "!"
	println(pkgInt, pkgStr)

	// shadowing in an inner block
	v := 1
	{
		v := 2
		v++
		println("inner", v)
	}
	println("outer", v)

	if v := "shadow"; len(v) > 0 {
		println("if", v)
	}
	println("after if", v)

	// assignment evaluates all right-hand sides first
	m, n := 1, 2
	m, n = n, m+n
	println(m, n)
	arr := [3]int{10, 20, 30}
	k := 0
	k, arr[k] = 1, 99
	println(k, arr[0], arr[1], arr[2])

	var unusedOk int
	_ = unusedOk
}
