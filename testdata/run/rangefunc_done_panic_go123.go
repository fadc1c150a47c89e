package main

// An iterator that calls yield again after it returned false: the call panics with a
// runtime.Error (Go 1.23's check).

func IgnoresFalse(yield func(int) bool) {
	defer println("iterator's defer")
	r1 := yield(1)
	println("first yield returned", r1)
	yield(2)
	println("not reached")
}

func main() {
	defer func() {
		r := recover()
		_, isRuntime := r.(interface {
			error
			RuntimeError()
		})
		println("runtime.Error:", isRuntime)
		println(r.(error).Error())
	}()
	for x := range IgnoresFalse {
		println("body", x)
		break
	}
	println("not reached either")
}
