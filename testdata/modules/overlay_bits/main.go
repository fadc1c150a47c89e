// math/bits compiled from GOROOT with gava's overlay of its two runtime-linked error values.
package main

import "math/bits"

func try(name string, f func()) {
	defer func() {
		e, ok := recover().(error)
		println(name, ok, e.Error(), e == e)
	}()
	f()
}

func main() {
	println(bits.LeadingZeros64(1), bits.OnesCount(255), bits.Reverse8(1), bits.Len(1023))
	q, r := bits.Div64(1, 5, 7)
	println(q, r)
	hi := uint32(9)
	try("overflow", func() { bits.Div32(hi, 0, 3) })
	try("divide", func() { bits.Div64(0, 1, uint64(hi-9)) })
	try("rem", func() { bits.Rem(1, 2, 0) })
}
