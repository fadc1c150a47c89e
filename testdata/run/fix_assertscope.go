package main

import "fmt"

type T struct{}

var X interface{}

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	func() {
		type T struct{}
		X = T{}
	}()
	try(func() { _ = X.(T) })
	try(func() { _ = X.(int) })
	X = nil
	try(func() { _ = X.(T) })
	X = T{}
	_ = X.(T)
	fmt.Println("ok")
}
