package main

// Iteration order is unspecified and gc randomises it: two iterations of the same map should
// (almost surely) differ at least once over many tries, for small and larger maps.
func order(m map[int]int) []int {
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func same(a, b []int) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func differs(n int) bool {
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	first := order(m)
	for try := 0; try < 50; try++ {
		if !same(first, order(m)) {
			return true
		}
	}
	return false
}

func main() {
	println("3 entries differ:", differs(3))
	println("8 entries differ:", differs(8))
	println("100 entries differ:", differs(100))
	s := map[string]bool{"a": true, "b": true, "c": true, "d": true}
	firsts := map[string]bool{}
	for try := 0; try < 100; try++ {
		for k := range s {
			firsts[k] = true
			break
		}
	}
	println("string map: more than one first key:", len(firsts) > 1)
}
