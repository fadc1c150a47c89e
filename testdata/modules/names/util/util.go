package util

func Twice(x int) int {
	println("Twice", x)
	return 2 * x
}

func Go(f func()) chan bool {
	done := make(chan bool)
	go func() {
		f()
		done <- true
	}()
	return done
}
