package main

func main() {
	switch i := interface{}(true); {
	case i:
		println("i is true")
	case false:
		println("false")
	default:
		println("default")
	}
	var j interface{} = false
	switch {
	case j:
		println("j true")
	default:
		println("j not true")
	}
	b := false
	switch b {
	case j:
		println("b == j")
	}
	switch i := interface{}(float64(1.0)); i {
	case true:
		println("true")
	case 1.0:
		println("1.0")
	}
}
