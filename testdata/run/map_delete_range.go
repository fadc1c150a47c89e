package main

// Deleting during range: an entry removed before it is reached is not
// produced, deleting the current entry is safe.

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}

	// delete the current entry: every entry is still visited once
	visited, sum := 0, 0
	for k, v := range m {
		visited++
		sum += v
		delete(m, k)
	}
	println(visited, sum, len(m))

	// delete every entry on the first iteration: only one is produced
	for i := 0; i < 50; i++ {
		m[i] = i
	}
	iterations := 0
	for range m {
		iterations++
		for k := range m {
			delete(m, k)
		}
	}
	println(iterations, len(m))

	// delete entries matching a condition: the rest remain
	for i := 0; i < 40; i++ {
		m[i] = i
	}
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	rest := 0
	for k := range m {
		rest += k
	}
	println(len(m), rest)

	// deleting entries not yet reached means they are never produced:
	// each visited key deletes its partner, so exactly one of each pair is seen
	m = map[int]int{}
	for i := 0; i < 20; i++ {
		m[i] = i
	}
	seen := 0
	for k := range m {
		seen++
		if k%2 == 0 {
			delete(m, k+1)
		} else {
			delete(m, k-1)
		}
	}
	println(seen, len(m))

	// re-inserting into an emptied map works
	for k := range m {
		delete(m, k)
	}
	m[7] = 49
	println(len(m), m[7])
}
