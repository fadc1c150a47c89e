package main

func main() { println("unreachable") }
