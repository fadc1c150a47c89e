package only_test

import (
	"fmt"
	"testing"
)

func TestExternal(t *testing.T) { t.Log("external test of a test-only package") }

func Example() {
	fmt.Println("example runs")
	// Output: example runs
}
