package main

// An iterator that recovers a panic of the loop body and returns normally: the loop panics with
// a runtime.Error (Go 1.23's check); calling yield again after the body panicked panics too.

func Swallows(yield func(int) bool) {
	defer func() {
		println("iterator recovered:", recover().(string))
	}()
	yield(1)
	println("not reached")
}

func Retries(yield func(int) bool) {
	defer println("Retries' defer")
	func() {
		defer func() {
			println("Retries recovered:", recover().(string))
		}()
		yield(1)
	}()
	yield(2)
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
	try("swallows", func() {
		for x := range Swallows {
			println("body", x)
			panic("body panic")
		}
		println("not reached after loop")
	})
	try("retries", func() {
		for x := range Retries {
			println("body", x)
			panic("body panic")
		}
	})
}
