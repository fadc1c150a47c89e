package main

// Arrays of structs and structs containing arrays keep value semantics at
// every level.

type Point struct {
	X, Y int
}

type Polygon struct {
	Name   string
	Points [3]Point
}

func shift(ps [3]Point, dx int) [3]Point {
	for i := range ps {
		ps[i].X += dx
	}
	return ps
}

func main() {
	var ps [3]Point
	ps[0] = Point{1, 2}
	ps[1].X = 3
	ps[2] = Point{Y: 9}
	for _, p := range ps {
		println(p.X, p.Y)
	}

	moved := shift(ps, 10)
	println(ps[0].X, moved[0].X, moved[2].X)

	qs := ps
	qs[1].Y = 44
	println(ps[1].Y, qs[1].Y, ps == qs)
	qs[1].Y = 0
	println(ps == qs)

	tri := Polygon{"tri", [3]Point{{0, 0}, {4, 0}, {0, 3}}}
	other := tri
	other.Points[2].Y = 30
	other.Name = "other"
	println(tri.Name, tri.Points[2].Y, other.Name, other.Points[2].Y, tri == other)

	// pointer to an element of an array of structs
	pp := &tri.Points[1]
	pp.X = 40
	println(tri.Points[1].X)

	// taking a struct out of an array copies it
	p := tri.Points[1]
	p.X = 0
	println(tri.Points[1].X, p.X)

	// array of arrays of structs
	var grid [2][2]Point
	grid[1][0] = Point{5, 6}
	g2 := grid
	g2[1][0].X = 50
	println(grid[1][0].X, g2[1][0].X, grid == g2)

	// area of the triangle via the shoelace formula
	area2 := 0
	for i := 0; i < 3; i++ {
		j := (i + 1) % 3
		area2 += tri.Points[i].X*tri.Points[j].Y - tri.Points[j].X*tri.Points[i].Y
	}
	println("2*area", area2)
}
