package vtt_test

import (
	"fmt"

	"example.com/vtt"
)

func ExampleDouble() {
	fmt.Println(vtt.Double(3))
	// Output: 6
}
