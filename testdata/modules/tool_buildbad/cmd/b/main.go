package main

import "example.com/toolbuildbad/bad"

func main() { _ = bad.F() }
