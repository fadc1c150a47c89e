package delta

var n int

func Trace(s string) int {
	n++
	println("init", s, n)
	return n
}

func init() { println("delta.init", n) }
