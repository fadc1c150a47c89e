// Command modvendorbad requires a version of a module other than the one vendored.
package main

import (
	"fmt"

	"example.com/dep"
	"example.com/dep/sub"
	"example.com/modvendorbad/calc"
	"example.com/modvendorbad/text"
)

func main() {
	fmt.Println(dep.Greet(text.Title("vendor")))
	fmt.Println(calc.Sum(1, 2, 3), sub.Twice(calc.Sum(4, 5)))
}
