// Command show prints the files gofmt rewrote, as the test's record of gofmt's output.
package main

import (
	"fmt"
	"os"
)

func main() {
	for _, f := range []string{"a.go", "a_test.go", "ign.go", "sub/s.go"} {
		b, err := os.ReadFile(f)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("== %s\n%s", f, b)
	}
}
