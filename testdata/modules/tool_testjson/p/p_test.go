package p

import (
	"fmt"
	"testing"
)

func TestOK(t *testing.T) { t.Log("logged") }

func TestSub(t *testing.T) {
	t.Run("one", func(t *testing.T) {})
	t.Run("two", func(t *testing.T) { t.Skip("skipping two") })
}

func TestFail(t *testing.T) { t.Errorf("bad %d", 42) }

func ExampleHello() {
	fmt.Println("hello")
	// Output: hello
}

func TestTwice(t *testing.T) {
	for _, n := range []int{1, 2, 3} {
		if got := Twice(n); got != 2*n {
			t.Errorf("Twice(%d) = %d", n, got)
		}
	}
	t.Logf("Twice(21) = %d", Twice(21))
}
