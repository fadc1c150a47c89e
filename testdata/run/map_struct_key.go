package main

// Structs and arrays as map keys: equal values are the same key, whatever
// variable they come from.

type Point struct {
	X, Y int
}

type Key struct {
	Name string
	P    Point
	On   bool
}

func main() {
	m := map[Point]string{}
	m[Point{1, 2}] = "a"
	m[Point{2, 1}] = "b"
	p := Point{1, 2}
	println(m[p], m[Point{2, 1}], m[Point{}] == "", len(m))
	p.X = 2
	p.Y = 1
	println(m[p])
	m[p] = "B"
	println(len(m), m[Point{2, 1}])

	// nested struct key with a string
	km := map[Key]int{}
	km[Key{"x", Point{1, 1}, true}] = 1
	km[Key{"x", Point{1, 1}, false}] = 2
	name := "x"
	km[Key{name, Point{1, 1}, true}] += 10
	println(len(km), km[Key{"x", Point{1, 1}, true}], km[Key{"x", Point{1, 1}, false}])

	// array keys
	am := map[[2]int]int{}
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			am[[2]int{i % 2, j % 2}]++
		}
	}
	println(len(am), am[[2]int{0, 0}], am[[2]int{1, 1}], am[[2]int{2, 2}])

	// string-array keys
	sm := map[[2]string]bool{{"a", "b"}: true}
	println(sm[[2]string{"a", "b"}], sm[[2]string{"b", "a"}])

	// counting visits on a grid walk
	visits := map[Point]int{}
	pos := Point{}
	moves := "RRULLDDRRUUU"
	for i := 0; i < len(moves); i++ {
		switch moves[i] {
		case 'R':
			pos.X++
		case 'L':
			pos.X--
		case 'U':
			pos.Y++
		case 'D':
			pos.Y--
		}
		visits[pos]++
	}
	twice := 0
	for _, n := range visits {
		if n > 1 {
			twice++
		}
	}
	println("distinct", len(visits), "revisited", twice, "end", pos.X, pos.Y)

	// key with a float field: -0 and +0 are equal
	type F struct{ v float64 }
	fm := map[F]int{}
	var zero float64
	fm[F{zero}] = 1
	fm[F{-zero}]++
	println(len(fm), fm[F{0}])

	// deleting by an equal key
	delete(m, Point{1, 2})
	println(len(m), m[Point{1, 2}] == "")
}
