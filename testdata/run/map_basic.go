package main

// Map literals, insertion, lookup (missing keys give the zero value),
// comma-ok, delete, len, nil maps and reference semantics.

func bump(m map[string]int, k string) {
	m[k]++
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	println(len(m), m["one"], m["two"], m["three"], m["four"])

	m["four"] = 4
	m["one"] = 100
	println(len(m), m["one"], m["four"])

	v, ok := m["two"]
	println(v, ok)
	v, ok = m["zero"]
	println(v, ok)
	if _, ok := m["three"]; ok {
		println("has three")
	}

	delete(m, "two")
	delete(m, "not there")
	_, ok = m["two"]
	println(len(m), ok, m["two"])

	// maps are references
	bump(m, "four")
	bump(m, "new")
	alias := m
	alias["alias"] = 7
	println(m["four"], m["new"], m["alias"], len(m))

	// sum over values (order independent)
	sum := 0
	keys := 0
	for k, v := range m {
		sum += v
		keys += len(k)
	}
	println("sum", sum, "keylen", keys)

	// nil map: reads, len, delete and range are fine
	var nm map[string]int
	println(nm == nil, len(nm), nm["x"])
	x, found := nm["x"]
	println(x, found)
	delete(nm, "x")
	for range nm {
		println("never")
	}

	// make with a size hint
	mm := make(map[int]string, 100)
	println(len(mm), mm == nil)
	for i := 0; i < 100; i++ {
		mm[i%10] += "x"
	}
	println(len(mm), len(mm[3]))

	// other key and value types
	bm := map[bool]int{true: 1}
	bm[false]--
	println(bm[true], bm[false], len(bm))
	fm := map[float64]string{1.5: "a", -0.0: "zero"}
	println(fm[1.5], fm[0], len(fm))
	rm := map[rune]bool{'a': true, 'é': true}
	println(rm['a'], rm['é'], rm['b'])
	im := map[int64]float64{}
	im[1<<40] = 2.5
	im[1<<40] *= 2
	println(im[1<<40])
	sm := map[string][]int{}
	sm["a"] = append(sm["a"], 1, 2)
	sm["a"] = append(sm["a"], 3)
	println(len(sm["a"]), sm["a"][2], sm["b"] == nil)

	// overwriting while counting
	counts := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		counts[w]++
	}
	println(counts["a"], counts["b"], counts["c"], len(counts))

	// keys built from different strings with the same content are the same key
	k1 := "ke" + "y"
	k2 := string([]byte{'k', 'e', 'y'})
	km := map[string]int{}
	km[k1] = 1
	km[k2]++
	println(len(km), km["key"])
}
