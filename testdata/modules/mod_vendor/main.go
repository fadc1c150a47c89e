// Command modvendor uses two packages of its module and a vendored dependency module.
package main

import (
	"fmt"

	"example.com/dep"
	"example.com/dep/sub"
	"example.com/modvendor/calc"
	"example.com/modvendor/text"
)

func main() {
	fmt.Println(dep.Greet(text.Title("vendor")))
	fmt.Println(calc.Sum(1, 2, 3), sub.Twice(calc.Sum(4, 5)))
}
