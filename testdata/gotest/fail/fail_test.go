package fail

import "testing"

func TestEven(t *testing.T) {
	if Half(8) != 4 {
		t.Error("Half(8) != 4")
	}
}

func TestOdd(t *testing.T) {
	if got, want := Half(7)*2, 7; got != want {
		t.Errorf("Half(7)*2 = %d, want %d", got, want)
	}
}
