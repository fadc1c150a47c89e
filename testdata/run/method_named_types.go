package main

// Methods on named non-struct types: numbers, strings, slices, maps,
// arrays and functions.

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit {
	return Fahrenheit(c*9/5 + 32)
}

func (f Fahrenheit) ToC() Celsius {
	return Celsius((f - 32) * 5 / 9)
}

type Count int

func (c *Count) Inc() {
	*c++
}

func (c Count) Double() Count {
	return c * 2
}

type Name string

func (n Name) Greeting() string {
	return "hello, " + string(n)
}

func (n Name) Len() int {
	return len(n)
}

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) {
	*l = append(*l, v)
}

type Set map[string]bool

func (s Set) Add(k string) {
	s[k] = true
}

func (s Set) Has(k string) bool {
	return s[k]
}

type Vec [3]int

func (v Vec) Dot(w Vec) int {
	return v[0]*w[0] + v[1]*w[1] + v[2]*w[2]
}

func (v *Vec) Neg() {
	for i := range v {
		v[i] = -v[i]
	}
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int {
	return o(a, b)
}

type Flag bool

func (f Flag) Not() Flag {
	return !f
}

func main() {
	var c Celsius = 100
	println(c.ToF(), Celsius(-40).ToF(), Fahrenheit(212).ToC())

	var n Count
	n.Inc()
	n.Inc()
	n.Inc()
	println(n, n.Double(), n.Double().Double())

	who := Name("gopher")
	println(who.Greeting(), who.Len(), Name("").Len())

	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	println(l.Sum(), len(l), IntList{10, 20}.Sum())

	s := Set{}
	s.Add("x")
	println(s.Has("x"), s.Has("y"), len(s))

	v := Vec{1, 2, 3}
	w := v
	w.Neg()
	println(v.Dot(v), v.Dot(w), w[0])

	add := Op(func(a, b int) int { return a + b })
	println(add.Apply(3, 4), Op(func(a, b int) int { return a * b }).Apply(3, 4))

	var f Flag
	println(f.Not(), f.Not().Not())
}
