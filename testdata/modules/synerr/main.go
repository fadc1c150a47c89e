package main

import "example.com/m/p"

func main() { p.F() }
