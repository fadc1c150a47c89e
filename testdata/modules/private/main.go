package main

import "example.com/m/p"

func main() {
	p.hidden()
	_ = p.secret
	var t p.T
	_ = t.x
	p.Missing()
}
