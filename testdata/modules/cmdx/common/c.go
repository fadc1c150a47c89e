package common

var Counter int

func Next(who string) int {
	Counter++
	println("common.Next", who, Counter)
	return Counter * 10
}

func init() { println("common.init", Counter) }
