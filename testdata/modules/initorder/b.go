package main

import "example.com/io/beta"

var X = beta.B

func main() { println("main", X, Y) }
