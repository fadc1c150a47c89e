// math/big: factorial of 100, big arithmetic, Rat, Float, parsing and formatting.
package main

import "math/big"

func main() {
	f := big.NewInt(1)
	for i := int64(1); i <= 100; i++ {
		f.Mul(f, big.NewInt(i))
	}
	println(f.String())
	println(len(f.Text(2)), f.Text(36), f.BitLen(), f.TrailingZeroBits())
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b, _ := new(big.Int).SetString("-987654321098765432109876543210", 0)
	println(new(big.Int).Add(a, b).String(), new(big.Int).Sub(a, b).String(), new(big.Int).Mul(a, b).String())
	q, r := new(big.Int).QuoRem(b, a, new(big.Int))
	dv, md := new(big.Int).DivMod(b, a, new(big.Int))
	println(q.String(), r.String(), dv.String(), md.String(), a.Cmp(b), b.Sign())
	println(new(big.Int).Exp(big.NewInt(2), big.NewInt(200), nil).String(), new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000007)).String())
	println(new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)).String(), new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)).String(),
		new(big.Int).Sqrt(f).String(), big.NewInt(1000003).ProbablyPrime(10), f.ProbablyPrime(5))
	println(new(big.Int).Lsh(big.NewInt(1), 100).String(), new(big.Int).Rsh(f, 400).String(), new(big.Int).And(a, big.NewInt(0xffff)).String(),
		new(big.Int).Not(a).String(), new(big.Int).Neg(a).Int64(), a.IsInt64(), big.NewInt(-5).Uint64())
	fib := [2]*big.Int{big.NewInt(0), big.NewInt(1)}
	for i := 0; i < 300; i++ {
		fib[0].Add(fib[0], fib[1])
		fib[0], fib[1] = fib[1], fib[0]
	}
	println(fib[0].String())

	x := big.NewRat(1, 3)
	y := big.NewRat(-5, 6)
	println(new(big.Rat).Add(x, y).String(), new(big.Rat).Mul(x, y).RatString(), new(big.Rat).Quo(x, y).FloatString(5), x.Cmp(y))
	z, _ := new(big.Rat).SetString("3.125")
	fl, exact := z.Float64()
	println(z.String(), fl, exact)

	pi := new(big.Float).SetPrec(200)
	pi.SetString("3.14159265358979323846264338327950288419716939937510582097494459")
	two := new(big.Float).SetPrec(200).SetInt64(2)
	sq := new(big.Float).SetPrec(200).Sqrt(two)
	println(pi.Text('g', 40), sq.Text('f', 50), new(big.Float).Mul(pi, sq).Text('e', 30))
	v, acc := big.NewFloat(1.5).Int64()
	println(v, acc.String(), big.NewFloat(0.1).Text('b', 0), big.NewFloat(-2.75).Text('p', 0))
	bf, _, err := big.ParseFloat("1e1000", 10, 100, big.ToNearestEven)
	println(bf.Text('g', 10), err == nil, bf.MantExp(nil))
}
