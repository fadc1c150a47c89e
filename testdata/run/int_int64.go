package main

// int64 arithmetic wraps at its 64-bit boundaries: + - * / % << >> & | ^ &^,
// unary - and ^, compound assignment and ++/--.

func show(name string, v int64) {
	println(name, v)
}

func main() {
	var max int64 = 9223372036854775807
	var min int64 = -9223372036854775808
	var one int64 = 1
	var zero int64
	var m1 int64 = -1

	show("max", max)
	show("min", min)
	show("max+1", max+one)
	show("min-1", min-one)
	show("max*2", max*2)
	show("max*max", max*max)
	show("min*min", min*min)
	show("min*-1", min*m1)
	show("-min", -min)
	show("-max", -max)
	show("-zero", -zero)
	show("^zero", ^zero)
	show("^max", ^max)
	show("^min", ^min)
	show("^m1", ^m1)
	show("min/-1", min/m1)
	show("min%-1", min%m1)
	show("max/min", max/min)
	show("min/max", min/max)

	var a int64 = 7
	var b int64 = -7
	var two int64 = 2
	var three int64 = 3
	show("7/2", a/two)
	show("-7/2", b/two)
	show("7/-2", a/-two)
	show("-7/-2", b/-two)
	show("7%3", a%three)
	show("-7%3", b%three)
	show("7%-3", a%-three)
	show("-7%-3", b%-three)

	var p int64 = 0x123456789ABCDEF5
	var q int64 = 0x5A
	show("p", p)
	show("p&q", p&q)
	show("p|q", p|q)
	show("p^q", p^q)
	show("p&^q", p&^q)
	show("b&q", b&q)
	show("b|q", b|q)
	show("b^q", b^q)
	show("b&^q", b&^q)

	var s uint
	for s = 0; s <= 64+2; s++ {
		if s == 0 || s == 1 || s == 64/2 || s >= 64-2 {
			println("shift", s, one<<s, max<<s, min>>s, b>>s, max>>s, b<<s)
		}
	}
	var big uint64 = 1 << 40
	println("huge shift", one<<big, b>>big, max>>big)

	x := max
	x++
	show("max++", x)
	x--
	show("min--", x)
	x += max
	show("+=max", x)
	x -= min
	show("-=min", x)
	x *= three
	show("*=3", x)
	x <<= 1
	show("<<=1", x)
	x >>= 2
	show(">>=2", x)
	x |= q
	show("|=q", x)
	x &= p
	show("&=p", x)
	x ^= max
	show("^=max", x)
	x &^= 0x0F
	show("&^=0x0F", x)
	x /= three
	show("/=3", x)
	x %= int64(5)
	show("%=5", x)

	// accumulation wraps on every step
	var acc int64
	for i := 0; i < 1000; i++ {
		acc += int64(i) * 37
	}
	show("acc", acc)
	var prod int64 = 1
	for i := 0; i < 20; i++ {
		prod *= int64(2*i + 1)
	}
	show("prod", prod)

	println("cmp", min < max, max > min, m1 < zero, min <= m1, max >= max, min == -min)
}
