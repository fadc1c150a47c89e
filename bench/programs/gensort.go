// generic sort: one generic quicksort/insertion sort (Go 1.18 type parameters with a local
// Ordered constraint) instantiated for int, float64 and string, plus a generic check that the
// result is sorted and a generic key-function sort of structs.
package main

const size = 1000000
const rounds = 7

type Ordered interface {
	~int | ~int64 | ~uint32 | ~float64 | ~string
}

func insertionSort[T Ordered](s []T) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func quickSort[T Ordered](s []T) {
	for len(s) > 12 {
		// Median of three as the pivot.
		m := len(s) / 2
		if s[m] < s[0] {
			s[m], s[0] = s[0], s[m]
		}
		if s[len(s)-1] < s[0] {
			s[len(s)-1], s[0] = s[0], s[len(s)-1]
		}
		if s[len(s)-1] < s[m] {
			s[len(s)-1], s[m] = s[m], s[len(s)-1]
		}
		p := s[m]
		i, j := 0, len(s)-1
		for i <= j {
			for s[i] < p {
				i++
			}
			for p < s[j] {
				j--
			}
			if i <= j {
				s[i], s[j] = s[j], s[i]
				i++
				j--
			}
		}
		// Recurse into the smaller part, loop on the larger.
		if j+1 < len(s)-i {
			quickSort(s[:j+1])
			s = s[i:]
		} else {
			quickSort(s[i:])
			s = s[:j+1]
		}
	}
	insertionSort(s)
}

func isSorted[T Ordered](s []T) bool {
	for i := 1; i < len(s); i++ {
		if s[i] < s[i-1] {
			return false
		}
	}
	return true
}

func sortBy[E any, K Ordered](s []E, key func(E) K) {
	// A simple generic merge sort (stable) through a key function.
	if len(s) < 2 {
		return
	}
	tmp := make([]E, len(s))
	mergeSort(s, tmp, key)
}

func mergeSort[E any, K Ordered](s, tmp []E, key func(E) K) {
	if len(s) < 2 {
		return
	}
	m := len(s) / 2
	mergeSort(s[:m], tmp[:m], key)
	mergeSort(s[m:], tmp[m:], key)
	i, j, k := 0, m, 0
	for i < m && j < len(s) {
		if key(s[j]) < key(s[i]) {
			tmp[k] = s[j]
			j++
		} else {
			tmp[k] = s[i]
			i++
		}
		k++
	}
	k += copy(tmp[k:], s[i:m])
	copy(tmp[k:], s[j:])
	copy(s, tmp)
}

type Pair[K Ordered, V any] struct {
	Key K
	Val V
}

type rng struct{ state uint32 }

func (r *rng) next() uint32 {
	// xorshift32
	x := r.state
	x ^= x << 13
	x ^= x >> 17
	x ^= x << 5
	r.state = x
	return x
}

func word(x uint32) string {
	b := make([]byte, 0, 8)
	for i := 0; i < 6; i++ {
		b = append(b, byte('a'+x%26))
		x /= 26
	}
	return string(b)
}

func main() {
	r := &rng{2463534242}
	var sumI int
	var sumF float64
	for round := 0; round < rounds; round++ {
		ints := make([]int, size)
		floats := make([]float64, size)
		for i := range ints {
			ints[i] = int(r.next() % 1000000)
			floats[i] = float64(r.next()%1000000) / 7
		}
		quickSort(ints)
		quickSort(floats)
		println("ints sorted:", isSorted(ints), "floats sorted:", isSorted(floats))
		sumI += ints[0] + ints[size/2] + ints[size-1]
		sumF += floats[size/3]
	}
	words := make([]string, size/4)
	for i := range words {
		words[i] = word(r.next())
	}
	quickSort(words)
	println("strings sorted:", isSorted(words), words[0], words[len(words)/2], words[len(words)-1])

	pairs := make([]Pair[uint32, int], size)
	for i := range pairs {
		pairs[i] = Pair[uint32, int]{r.next() % 1000, i}
	}
	sortBy(pairs, func(p Pair[uint32, int]) uint32 { return p.Key })
	stable := true
	for i := 1; i < len(pairs); i++ {
		if pairs[i].Key == pairs[i-1].Key && pairs[i].Val < pairs[i-1].Val {
			stable = false
		}
	}
	println("pairs sorted stably:", stable, pairs[0].Key, pairs[0].Val, pairs[size-1].Key, pairs[size-1].Val)
	println(sumI, sumF)
}
