package calc

import "testing"

func TestDouble(t *testing.T) {
	if got := double(21); got != 42 {
		t.Fatalf("double(21) = %d", got)
	}
	t.Log("double ok")
}
