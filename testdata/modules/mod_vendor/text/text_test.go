package text_test

import (
	"fmt"
	"testing"

	"example.com/dep"
	"example.com/modvendor/text"
)

func TestTitle(t *testing.T) {
	if got := text.Title("go"); got != "Go" {
		t.Fatalf("Title(go) = %q", got)
	}
	if got := dep.Greet(text.Title("x")); got != "hello, X (dep v1.0.0)" {
		t.Fatalf("Greet = %q", got)
	}
}

func ExampleTitle() {
	fmt.Println(text.Title("example"))
	// Output: Example
}
