// Command modreplace uses a module replaced by another version and one replaced by a directory.
package main

import (
	"fmt"

	"example.com/dep"
	"example.com/dep/sub"
	"example.com/local"
)

func main() {
	fmt.Println(dep.Greet("replace"), sub.Twice(21))
	fmt.Println(local.Name)
}
