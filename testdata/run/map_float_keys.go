package main

func main() {
	zero := 0.0
	nan := zero / zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan]++
	println("len after 3 NaN inserts:", len(m))
	_, ok := m[nan]
	println("NaN found:", ok, "value:", m[nan])
	delete(m, nan)
	println("len after delete(NaN):", len(m))
	sum := 0
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	println("NaN keys seen:", nans, "sum:", sum)

	// +0 and -0 are the same key; assignment keeps the latest key.
	negz := -zero
	m[0] = 10
	m[negz] = 20
	println("len with +0 and -0:", len(m), "m[0]:", m[0], "m[-0]:", m[negz])
	for k, v := range m {
		if k == 0 {
			println("zero key:", k, v, 1/k < 0)
		}
	}
	m[negz] += 5
	println("m[0] after m[-0] += 5:", m[0])

	for k := range m {
		delete(m, k)
	}
	println("len after deleting every key (NaNs stay):", len(m))

	f := map[float32]string{}
	f[float32(nan)] = "a"
	f[float32(nan)] = "b"
	f[1.5] = "c"
	f[float32(negz)] = "z"
	f[0] = "zero"
	println("float32 map len:", len(f), f[1.5], f[0], f[float32(negz)])

	// NaN keys stay during an iteration that deletes other keys and grows the map.
	g := map[float64]int{}
	for i := 0; i < 10; i++ {
		g[nan] = i
		g[float64(i)] = i
	}
	seen := 0
	for k := range g {
		if k == k {
			delete(g, k)
		} else {
			seen++
		}
	}
	println("NaN keys seen while deleting:", seen, "len:", len(g))
	for i := 0; i < 100; i++ {
		g[float64(i)+0.5] = i
	}
	for k := range g {
		if k == k {
			delete(g, k)
		}
	}
	println("after growing and deleting:", len(g))
}
