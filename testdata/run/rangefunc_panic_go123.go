package main

// A panic in the body of a range-over-func loop propagates through the iterator (whose deferred
// calls run) to the enclosing function, where recover works as usual; the iterator can recover
// it too, but must then panic again (see rangefunc_missing_panic_go123.go).

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("  iterator's defer runs")
		for i := 0; i < n; i++ {
			if !yield(i) {
				println("  not reached")
				return
			}
		}
	}
}

func Repanic(yield func(int) bool) {
	defer func() {
		r := recover()
		println("  iterator saw", r.(string))
		panic("iterator: " + r.(string))
	}()
	yield(1)
}

func body() (result string) {
	defer func() {
		r := recover()
		result = "recovered " + r.(string)
	}()
	for i := range Count(5) {
		defer println("  body defer", i)
		if i == 2 {
			panic("boom at 2")
		}
	}
	return "no panic"
}

func repanic() (result string) {
	defer func() {
		result = "recovered " + recover().(string)
	}()
	for range Repanic {
		panic("body")
	}
	return "no panic"
}

func nested() (result string) {
	defer func() {
		result = "recovered " + recover().(error).Error()
	}()
	for i := range Count(2) {
		for j := range Count(2) {
			if i == 1 && j == 1 {
				var m map[string]int
				m["x"] = 1
			}
		}
	}
	return "no panic"
}

func main() {
	println(body())
	println(repanic())
	println(nested())
	func() {
		defer func() {
			e := recover().(error)
			println("error:", e.Error())
		}()
		for i := range Count(3) {
			a := []int{1, 2}
			println(a[i])
		}
	}()
}
