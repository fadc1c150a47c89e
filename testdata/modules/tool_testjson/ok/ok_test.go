package ok

import "testing"

func TestOne(t *testing.T) {
	if One() != 1 {
		t.Fatal("not one")
	}
}

func BenchmarkOne(b *testing.B) {
	for i := 0; i < b.N; i++ {
		One()
	}
}
