package main

// An iterator that keeps yield and calls it after the loop has ended: the call panics with a
// runtime.Error (Go 1.23's check), also when the loop ended early.

var saved func(string) bool

func Keeps(yield func(string) bool) {
	saved = yield
	if yield("a") {
		yield("b")
	}
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(interface {
			error
			RuntimeError()
		})
		println(name, "runtime.Error:", isRuntime)
		println(r.(error).Error())
	}()
	f()
}

func main() {
	for s := range Keeps {
		println("body", s)
	}
	println("loop done")
	try("after loop", func() { saved("late") })
	for s := range Keeps {
		println("body", s)
		break
	}
	try("after break", func() { saved("late") })
}
