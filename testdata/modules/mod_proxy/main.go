// Command modproxy imports a module from a GOPROXY directory (file://), downloading it into an
// empty module cache.
package main

import (
	"fmt"

	"example.com/dep"
	"example.com/dep/sub"
)

func main() {
	fmt.Println(dep.Greet("proxy"), sub.Twice(8))
}
