// gc's limit on channel element sizes (amd64): less than 64 kB. Each distinct
// element type is reported once, where gc first sizes it.

package p

var c chan [2 << 16]byte

type T [1 << 17]byte

var x chan T

var y <-chan T

var ok chan [1<<16 - 1]byte

type S struct {
	in  chan struct{ v [65536]byte }
	out []chan [70000]int8
}

func f() {
	ch := make(chan struct{ v [65536]uint8 })
	close(ch)
	ok2 := make(chan [100]int)
	close(ok2)
}
