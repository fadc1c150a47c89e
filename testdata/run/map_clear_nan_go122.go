package main

func main() {
	zero := 0.0
	nan := zero / zero
	m := map[float64]int{nan: 1, 1: 2}
	m[nan] = 3
	m[nan] = 4
	println("len:", len(m))
	for k := range m {
		delete(m, k)
	}
	println("after deleting every key:", len(m))
	clear(m)
	println("after clear:", len(m))
	for range m {
		println("unexpected entry")
	}
	m[nan] = 5
	m[2] = 6
	println("after reuse:", len(m), m[2])

	// clear during an iteration: no entry is produced afterwards.
	s := map[string]int{}
	for i := 0; i < 50; i++ {
		s[string(rune('A'+i))] = i
	}
	n := 0
	for range s {
		n++
		clear(s)
	}
	println("entries seen after clear in range:", n, len(s))
	var nilMap map[int]int
	clear(nilMap)
	println("clear of nil map:", len(nilMap))
}
