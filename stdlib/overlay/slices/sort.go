package slices

import "cmp"

// Sorting: an introsort of gava's own (quicksort on a median of three, insertion sort for short
// ranges, heapsort when the recursion gets too deep: O(n log n) in the worst case) and a stable
// merge sort (insertion-sorted runs merged through a buffer).

// Sort sorts s in ascending order; NaNs are ordered before other values.
func Sort[S ~[]E, E cmp.Ordered](s S) {
	introSort(s, cmp.Less[E])
}

// SortFunc sorts s in ascending order as determined by cmp (negative: a < b). Not stable.
func SortFunc[S ~[]E, E any](s S, cmp func(a, b E) int) {
	introSort(s, func(a, b E) bool { return cmp(a, b) < 0 })
}

// SortStableFunc sorts s as SortFunc does, keeping the original order of equal elements.
func SortStableFunc[S ~[]E, E any](s S, cmp func(a, b E) int) {
	stableSort(s, func(a, b E) bool { return cmp(a, b) < 0 })
}

// IsSorted reports whether s is sorted in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](s S) bool {
	for i := len(s) - 1; i > 0; i-- {
		if cmp.Less(s[i], s[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether s is sorted in ascending order as determined by cmp.
func IsSortedFunc[S ~[]E, E any](s S, cmp func(a, b E) int) bool {
	for i := len(s) - 1; i > 0; i-- {
		if cmp(s[i], s[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch finds target in the sorted s: the position where it is or would be inserted, and
// whether it is there.
func BinarySearch[S ~[]E, E cmp.Ordered](s S, target E) (int, bool) {
	i, j := 0, len(s)
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp.Less(s[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < len(s) && cmp.Compare(s[i], target) == 0
}

// BinarySearchFunc is BinarySearch with a comparison of an element with the target.
func BinarySearchFunc[S ~[]E, E, T any](s S, target T, cmp func(E, T) int) (int, bool) {
	i, j := 0, len(s)
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(s[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < len(s) && cmp(s[i], target) == 0
}

func insertionSort[E any](s []E, less func(a, b E) bool) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func introSort[E any](s []E, less func(a, b E) bool) {
	depth := 0
	for n := len(s); n > 0; n >>= 1 {
		depth += 2
	}
	quickSort(s, less, depth)
}

func quickSort[E any](s []E, less func(a, b E) bool, depth int) {
	for len(s) > 12 {
		if depth == 0 {
			heapSort(s, less)
			return
		}
		depth--
		// median of three to s[0], then Hoare-style partition around it
		m := len(s) / 2
		last := len(s) - 1
		if less(s[m], s[0]) {
			s[m], s[0] = s[0], s[m]
		}
		if less(s[last], s[m]) {
			s[last], s[m] = s[m], s[last]
			if less(s[m], s[0]) {
				s[m], s[0] = s[0], s[m]
			}
		}
		s[0], s[m] = s[m], s[0]
		p := s[0]
		i, j := 1, last
		for {
			for i <= j && less(s[i], p) {
				i++
			}
			for i <= j && less(p, s[j]) {
				j--
			}
			if i >= j {
				break
			}
			s[i], s[j] = s[j], s[i]
			i++
			j--
		}
		s[0], s[j] = s[j], s[0]
		// recurse into the smaller side, loop on the larger
		if j < len(s)-j {
			quickSort(s[:j], less, depth)
			s = s[j+1:]
		} else {
			quickSort(s[j+1:], less, depth)
			s = s[:j]
		}
	}
	insertionSort(s, less)
}

func heapSort[E any](s []E, less func(a, b E) bool) {
	for i := len(s)/2 - 1; i >= 0; i-- {
		siftDown(s, i, len(s), less)
	}
	for end := len(s) - 1; end > 0; end-- {
		s[0], s[end] = s[end], s[0]
		siftDown(s, 0, end, less)
	}
}

func siftDown[E any](s []E, root, n int, less func(a, b E) bool) {
	for {
		c := 2*root + 1
		if c >= n {
			return
		}
		if c+1 < n && less(s[c], s[c+1]) {
			c++
		}
		if !less(s[root], s[c]) {
			return
		}
		s[root], s[c] = s[c], s[root]
		root = c
	}
}

func stableSort[E any](s []E, less func(a, b E) bool) {
	const run = 16
	n := len(s)
	for i := 0; i < n; i += run {
		insertionSort(s[i:min(i+run, n)], less)
	}
	if n <= run {
		return
	}
	buf := make([]E, n)
	for width := run; width < n; width *= 2 {
		for lo := 0; lo < n-width; lo += 2 * width {
			merge(s[lo:min(lo+2*width, n)], width, buf, less)
		}
	}
}

// merge merges the sorted s[:mid] and s[mid:] through buf, the left element first on ties.
func merge[E any](s []E, mid int, buf []E, less func(a, b E) bool) {
	copy(buf, s[:mid])
	left := buf[:mid]
	i, j, k := 0, mid, 0
	for i < len(left) && j < len(s) {
		if less(s[j], left[i]) {
			s[k] = s[j]
			j++
		} else {
			s[k] = left[i]
			i++
		}
		k++
	}
	copy(s[k:], left[i:])
}
