// A package with only test files: go test builds it from its internal test files.
package only

import "testing"

func double(x int) int { return 2 * x }

func TestDouble(t *testing.T) {
	if got := double(21); got != 42 {
		t.Fatalf("double(21) = %d", got)
	}
	t.Log("double works")
}
