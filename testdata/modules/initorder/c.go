package main

func init() { println("main.init in c.go", len(args())) }

func args() []int { return []int{1, 2} }
