package main

// panic with a struct value whose type has an Error method prints the
// message.

type MyErr struct {
	Code int
	Msg  string
}

func (e MyErr) Error() string {
	return "my error: " + e.Msg
}

func main() {
	println("failing")
	panic(MyErr{7, "disk full"})
}
