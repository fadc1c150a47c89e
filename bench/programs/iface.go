// interface dispatch: calls through interfaces whose dynamic types vary (struct pointers, struct
// values, a named float), type switches and type assertions, in a hot loop.
package main

const iterations = 250000000

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }
type Square float64
type Triangle struct{ a, b, c float64 }

func (r Rect) Area() float64           { return r.w * r.h }
func (r Rect) Perimeter() float64      { return 2 * (r.w + r.h) }
func (c *Circle) Area() float64        { return 3.14159 * c.r * c.r }
func (c *Circle) Perimeter() float64   { return 2 * 3.14159 * c.r }
func (s Square) Area() float64         { return float64(s * s) }
func (s Square) Perimeter() float64    { return float64(4 * s) }
func (t *Triangle) Area() float64      { return t.a * t.b / 2 }
func (t *Triangle) Perimeter() float64 { return t.a + t.b + t.c }

type Scaler interface {
	Scale(f float64)
}

func (c *Circle) Scale(f float64)   { c.r *= f }
func (t *Triangle) Scale(f float64) { t.a *= f; t.b *= f; t.c *= f }

func kind(s Shape) int {
	switch s.(type) {
	case Rect:
		return 1
	case *Circle:
		return 2
	case Square:
		return 3
	default:
		return 4
	}
}

func main() {
	shapes := []Shape{
		Rect{3, 4},
		&Circle{1},
		Square(2),
		&Triangle{3, 4, 5},
		Rect{1, 1},
		&Circle{0.5},
		Square(0.5),
	}
	var area, perim float64
	kinds := [5]int{}
	scaled := 0
	for i := 0; i < iterations; i++ {
		s := shapes[i%len(shapes)]
		area += s.Area()
		perim += s.Perimeter()
		kinds[kind(s)]++
		if i%1000 == 0 {
			if sc, ok := s.(Scaler); ok {
				sc.Scale(1.0001)
				scaled++
			}
		}
	}
	println("area", int64(area), "perimeter", int64(perim))
	println("kinds", kinds[1], kinds[2], kinds[3], kinds[4], "scaled", scaled)
	var any interface{} = shapes[0]
	if r, ok := any.(Rect); ok {
		println("first is a rect", int(r.w), int(r.h))
	}
}
