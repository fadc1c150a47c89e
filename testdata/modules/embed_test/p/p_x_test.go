package p_test

import (
	_ "embed"
	"fmt"

	"example.com/embedtest/p"
)

//go:embed testdata/golden.txt
var golden []byte

func ExampleLines() {
	fmt.Println(len(p.Lines(string(golden))), len(golden))
	// Output: 2 28
}
