// gc's limit on stack frames (amd64): 1 GB of locals, arguments, or locals
// plus the outgoing arguments of the functions called.

package p

type Big = [400e6]byte

type large struct {
	b [1500000000]byte
}

// An array ranged over with a value variable is copied into the frame.
func r1(x *[1<<30 - 1e6]byte) byte {
	for _, b := range *x {
		return b
	}
	return 0
}

func r2(x *[1<<30 + 1e6]byte) byte {
	for _, b := range *x {
		return b
	}
	return 0
}

func r3(x *[1 << 31]byte) byte {
	for i := range *x {
		return x[i]
	}
	for _, b := range x {
		return b
	}
	return 0
}

// Arguments that do not fit in registers are passed on the stack.
func (x large) a1() int {
	return 5
}

func a2(x large) int {
	return 5
}

func a3() (x large, i int) {
	return
}

func a4(x *large, s []large, m map[int]large) int {
	return 5
}

// Calls whose arguments call are evaluated into temporaries; the callee's
// arguments take the outgoing area (all of them, for an assembly function).
func c1() {
	g(h(), h())
}

func c2() {
	var b Big
	g(b, b)
}

func g(Big, Big)
func h() Big
