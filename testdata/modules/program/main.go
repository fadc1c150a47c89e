package main

import "example.com/m/cmd/tool"

func main() { tool.F() }
