package main

// uint arithmetic wraps modulo 2^64: + - * / % << >> & | ^ &^, unary -
// and ^, unsigned division and comparison, compound assignment and ++/--.

func show(name string, v uint) {
	println(name, v)
}

func main() {
	var max uint = 18446744073709551615
	var half uint = max/2 + 1
	var one uint = 1
	var zero uint

	show("max", max)
	show("half", half)
	show("max+1", max+one)
	show("0-1", zero-one)
	show("max*2", max*2)
	show("max*max", max*max)
	show("half*2", half*2)
	show("-one", -one)
	show("-half", -half)
	show("-max", -max)
	show("-zero", -zero)
	show("^zero", ^zero)
	show("^max", ^max)
	show("^half", ^half)

	// unsigned division and remainder use the full range
	var three uint = 3
	var seven uint = 7
	var ten uint = 10
	show("max/3", max/three)
	show("max%7", max%seven)
	show("max/10", max/ten)
	show("max%10", max%ten)
	show("half/3", half/three)
	show("half%10", half%ten)
	show("max/half", max/half)
	show("max%half", max%half)
	show("(max-1)/max", (max-1)/max)
	show("7/max", seven/max)

	// unsigned comparison: the top bit is not a sign
	println("cmp", half > one, max > half, zero < max, half >= max/2, max-1 < max, zero-one == max)
	println("cmp2", one < half, max <= one, half < ten)

	var p uint = 0xB23456789ABCDEF5
	var q uint = 0x5A
	show("p", p)
	show("p&q", p&q)
	show("p|q", p|q)
	show("p^q", p^q)
	show("p&^q", p&^q)
	show("max&^q", max&^q)
	show("max^q", max^q)

	var s uint
	for s = 0; s <= 64+2; s++ {
		if s == 0 || s == 1 || s == 64/2 || s >= 64-2 {
			println("shift", s, one<<s, max<<s, max>>s, half>>s, p<<s)
		}
	}
	var big uint64 = 1 << 40
	println("huge shift", one<<big, max>>big)

	x := max
	x++
	show("max++", x)
	x--
	show("0--", x)
	x += half
	show("+=half", x)
	x -= ten
	show("-=10", x)
	x *= three
	show("*=3", x)
	x <<= 3
	show("<<=3", x)
	x >>= 1
	show(">>=1", x)
	x |= q
	show("|=q", x)
	x &= p
	show("&=p", x)
	x ^= max
	show("^=max", x)
	x &^= q
	show("&^=q", x)
	x /= three
	show("/=3", x)
	x %= uint(100)
	show("%=100", x)

	var acc uint
	for i := 0; i < 1000; i++ {
		acc += uint(i) * 37
	}
	show("acc", acc)
	var prod uint = 1
	for i := 0; i < 20; i++ {
		prod *= uint(2*i + 1)
	}
	show("prod", prod)
	var down uint = 3
	for i := 0; i < 5; i++ {
		down--
		show("down", down)
	}
}
