package calc_test

import (
	"fmt"
	"testing"

	"example.com/gotest/ok"
)

func TestSum(t *testing.T) {
	for _, c := range []struct{ in []int; want int }{{nil, 0}, {[]int{1, 2, 3}, 6}} {
		t.Run(fmt.Sprint(len(c.in)), func(t *testing.T) {
			if got := calc.Sum(c.in...); got != c.want {
				t.Errorf("Sum(%v) = %d, want %d", c.in, got, c.want)
			}
		})
	}
}

func ExampleSum() {
	fmt.Println(calc.Sum(1, 2, 3, 4))
	// Output: 10
}
