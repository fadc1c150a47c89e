// start-up: prints one line and ends. Its gava time is the fixed cost every other gava time
// contains (JVM start, compiling a tiny program, loading it); subtract it for a rough run-only figure.
package main

func main() {
	println("hello, world")
}
