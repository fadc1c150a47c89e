package main

type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return "C" }

type Name struct{ s string }

func (n *Name) String() string { return "name:" + n.s }

type Inner struct{ v int }

func (i Inner) String() string { return "inner" }

type Outer struct {
	Inner
	w int
}

func Join[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String() + ";"
	}
	return s
}

type StringInt interface {
	~int | ~int32
	String() string
}

type Code int32

func (c Code) String() string { return "code" }

func Describe[T StringInt](x T) string {
	return x.String() + ":" + string(rune('0'+int(x)))
}

func Convert[From, To ~int | ~float64 | ~int8](x From) To { return To(x) }

func Len[A ~[4]int | ~[4]string](a A) int { return len(a) }

func Ptr[T any, PT interface {
	*T
	Set(string)
}](s string) T {
	var v T
	PT(&v).Set(s)
	return v
}

type Box struct{ s string }

func (b *Box) Set(s string) { b.s = "box " + s }

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	println(Join([]Celsius{1, 2}))
	println(Join([]*Name{{"a"}, {"b"}}))
	println(Join([]Outer{{Inner{1}, 2}}))
	println(Join([]Stringer{Celsius(3), &Name{"c"}}))
	println(Describe(Code(3)))
	println(Convert[float64, int](3.7), Convert[int, float64](2), Convert[int, int8](300))
	var a [4]int
	println(Len(a))
	b := Ptr[Box]("x")
	println(b.s)
	println(Eq(1, 1), Eq("a", "b"), Eq(Inner{1}, Inner{1}))
	var p1, p2 *int
	println(Eq(p1, p2), Eq(Celsius(1), 2))
}
