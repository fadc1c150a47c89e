// The first program: bin/gava run examples/hello.go
package main

func main() {
	println("hello, world")
}
