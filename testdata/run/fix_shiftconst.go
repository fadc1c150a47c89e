package main

import (
	"fmt"
	"math"
)

func main() {
	var x int = 1
	var u uint8 = 3
	var y int32 = -8
	const M = math.MaxUint
	fmt.Println(x<<(M+0), x<<(M+0.), x<<(M+0.+0i), x<<1., x<<(2+0i))
	fmt.Println(u<<(M+0.), u>>(M+0.), y>>(M+0.), y>>(M+0.+0i), y<<70., y>>2.)
	fmt.Println(x<<(1.<<x), x<<((1+0i)<<x), x<<(0i<<x))
}
