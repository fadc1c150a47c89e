package dep

// Greet says hello.
func Greet(n string) string { return "hello, " + n + " (dep v1.1.0)" }
