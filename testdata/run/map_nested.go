package main

// Maps of maps and maps of slices: inner values are created on demand and
// are references shared with the outer map.

func main() {
	graph := map[string]map[string]int{}
	add := func(from, to string, w int) {
		inner, ok := graph[from]
		if !ok {
			inner = map[string]int{}
			graph[from] = inner
		}
		inner[to] = w
	}
	add("a", "b", 1)
	add("a", "c", 4)
	add("b", "c", 2)
	add("c", "a", 7)
	println(len(graph), len(graph["a"]), graph["a"]["c"], graph["b"]["c"], graph["x"]["y"])

	total := 0
	edges := 0
	for _, out := range graph {
		for _, w := range out {
			total += w
			edges++
		}
	}
	println("edges", edges, "total", total)

	// modifying through a copy of the inner map affects the graph
	inner := graph["b"]
	inner["d"] = 10
	println(graph["b"]["d"], len(graph["b"]))

	delete(graph["a"], "b")
	println(len(graph["a"]), graph["a"]["b"])

	// map of slices grouping numbers by remainder
	groups := map[int][]int{}
	for i := 0; i < 20; i++ {
		groups[i%4] = append(groups[i%4], i)
	}
	for r := 0; r < 4; r++ {
		g := groups[r]
		s := 0
		for _, v := range g {
			s += v
		}
		println("group", r, len(g), s)
	}

	// three levels
	deep := map[int]map[int]map[int]bool{}
	for i := 0; i < 3; i++ {
		deep[i] = map[int]map[int]bool{}
		for j := 0; j < 3; j++ {
			deep[i][j] = map[int]bool{}
			for k := 0; k < 3; k++ {
				if (i+j+k)%2 == 0 {
					deep[i][j][k] = true
				}
			}
		}
	}
	trues := 0
	for _, a := range deep {
		for _, b := range a {
			trues += len(b)
		}
	}
	println("trues", trues, deep[1][1][0], deep[1][1][1])

	// map values that are maps start as nil
	var mm map[string]map[string]bool = map[string]map[string]bool{}
	println(mm["none"] == nil, len(mm["none"]), mm["none"]["x"])
}
