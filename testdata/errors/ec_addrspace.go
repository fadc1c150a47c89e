// gc's limit on type sizes (amd64): arrays of 2^50 bytes or more.

package p

var ok [1<<50 - 1]byte

var r struct {
	a [1 << 48]byte
	b [1 << 48]byte
}

var X [1 << 50]byte

func f() {
	var z [1 << 46][32]byte
	_ = z
}

type V [1 << 50]byte
