// Package lib has a printf wrapper: vet learns it from this package's facts.
package lib

import (
	"fmt"
	"os"
)

// Logf prints "lib: ", then like fmt.Printf.
func Logf(format string, args ...any) {
	fmt.Print("lib: ")
	fmt.Printf(format, args...)
}

// Die never returns.
func Die(msg string) {
	fmt.Println(msg)
	os.Exit(3)
}
