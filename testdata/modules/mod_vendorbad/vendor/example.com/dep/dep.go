package dep

// Greet says hello.
func Greet(n string) string { return "hello, " + n + " (dep v1.0.0)" }
