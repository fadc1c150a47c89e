// map-heavy: counts pseudo-random numbers in a map[int]int and generated words in a
// map[string]int (insert, update, lookup, delete, range), then summarises the counts in an
// order-independent way (map iteration order is random in Go).
package main

const numbers = 24000000
const words = 6000000

type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	// xorshift64*
	x := r.state
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	r.state = x
	return x * 2685821657736338717
}

func word(x uint64) string {
	// Short words from a small alphabet, so that many repeat.
	n := 2 + int(x%4)
	x /= 4
	b := make([]byte, n)
	for i := range b {
		b[i] = "etaoinshr"[x%9]
		x /= 9
	}
	return string(b)
}

func main() {
	r := &rng{88172645463325252}

	counts := make(map[int]int)
	for i := 0; i < numbers; i++ {
		counts[int(r.next()%100000)]++
	}
	maxCount, maxKey, total := 0, 0, 0
	for k, c := range counts {
		total += c
		if c > maxCount || c == maxCount && k < maxKey {
			maxCount, maxKey = c, k
		}
	}
	println("distinct numbers:", len(counts), "total:", total, "most frequent:", maxKey, "x", maxCount)

	// Delete the odd keys, then look up everything again.
	for k := range counts {
		if k%2 == 1 {
			delete(counts, k)
		}
	}
	hits := 0
	for i := 0; i < 100000; i++ {
		if _, ok := counts[i]; ok {
			hits++
		}
	}
	println("after deleting odd keys:", len(counts), "hits:", hits)

	wc := map[string]int{}
	for i := 0; i < words; i++ {
		wc[word(r.next())]++
	}
	best, bestN, sumLen := "", 0, 0
	for w, c := range wc {
		sumLen += len(w) * c
		if c > bestN || c == bestN && w < best {
			best, bestN = w, c
		}
	}
	println("distinct words:", len(wc), "letters:", sumLen, "most frequent:", best, "x", bestN)

	// A map of slices keyed by a struct.
	type key struct{ a, b int }
	groups := map[key][]int{}
	for i := 0; i < 300000; i++ {
		x := r.next()
		k := key{int(x % 37), int(x / 37 % 41)}
		groups[k] = append(groups[k], i)
	}
	longest := 0
	for _, g := range groups {
		if len(g) > longest {
			longest = len(g)
		}
	}
	println("groups:", len(groups), "longest:", longest)
}
