package calc

import "testing"

func TestSum(t *testing.T) {
	for _, c := range []struct {
		in   []int
		want int
	}{{nil, 0}, {[]int{1}, 1}, {[]int{1, 2, 3}, 6}} {
		if got := Sum(c.in...); got != c.want {
			t.Errorf("Sum(%v) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestDoubleSum(t *testing.T) {
	if got := DoubleSum(2, 3); got != 10 {
		t.Errorf("DoubleSum(2, 3) = %d, want 10", got)
	}
}
