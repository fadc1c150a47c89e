package main

func Kind[T any](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case T:
		return "T"
	case string:
		return "string"
	}
	return "other"
}

func Is[T any](x any) bool {
	_, ok := x.(T)
	return ok
}

func As[T any](x any) T {
	return x.(T)
}

type Num interface{ ~int | ~float64 }

func Double[T Num](x T) T {
	switch v := any(x).(type) {
	case int:
		return T(v * 2)
	case float64:
		return T(v * 2.5)
	}
	return x + x
}

type MyInt int

func main() {
	println(Kind(1), Kind("s"), Kind(2.5), Kind([]int{}))
	println(Is[int](1), Is[string](1), Is[error](nil), Is[interface{}](3))
	println(As[string]("yes"))
	println(Double(3), Double(1.0), Double(MyInt(4)))
	defer func() { println("recovered:", recover() != nil) }()
	println(As[int]("no"))
}
