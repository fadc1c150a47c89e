// Package slices is gava's own implementation of Go 1.23's slices package (an overlay-only
// package: Go 1.19's GOROOT has none). API and semantics from the Go documentation: functions that
// shorten a slice in place (Delete, DeleteFunc, Compact, CompactFunc, Replace) zero the elements
// between the new and the old length.
package slices

//gava:provide (Go 1.21+: used only when GOROOT has no such package)

import "cmp"

// Equal reports whether two slices have the same length and equal elements (by ==: NaNs differ).
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is like Equal but compares elements with eq.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		if !eq(v1, s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares the elements of s1 and s2 in order with cmp.Compare; a shorter prefix is less.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp.Compare(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// CompareFunc is like Compare but compares elements with cmp.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Index returns the index of the first occurrence of v in s, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

// IndexFunc returns the first index i with f(s[i]), or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether some element e of s satisfies f(e).
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Insert inserts the values v at index i of s and returns the result; it panics if i is out of
// range. The elements from s[i] on move up.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // bounds check
	if len(v) == 0 {
		return s
	}
	if i == len(s) {
		return append(s, v...)
	}
	n, m := len(s), len(v)
	if n+m > cap(s) { // a new array: s's is left alone
		r := append(s[:i], make(S, n+m-i)...)
		copy(r[i:], v)
		copy(r[i+m:], s[i:])
		return r
	}
	tail := append(S(nil), s[i:]...) // copies: v may alias s
	vals := append(S(nil), v...)
	s = s[:n+m]
	copy(s[i+m:], tail)
	copy(s[i:], vals)
	return s
}

// Delete removes s[i:j] and returns the result; it panics if s[i:j] is not a valid slice of s.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // bounds check
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):n])
	return s
}

// DeleteFunc removes the elements for which del returns true and returns the result.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	k := 0
	for i := range s {
		if !del(s[i]) {
			s[k] = s[i]
			k++
		}
	}
	clear(s[k:])
	return s[:k]
}

// Replace replaces s[i:j] by the values v and returns the result; it panics if s[i:j] is not a
// valid slice of s.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // bounds check
	if i == j {
		return Insert(s, i, v...)
	}
	n, m := len(s), len(v)
	tot := i + m + n - j
	if tot > cap(s) { // a new array: s's is left alone
		r := append(s[:i], make(S, tot-i)...)
		copy(r[i:], v)
		copy(r[i+m:], s[j:])
		return r
	}
	tail := append(S(nil), s[j:]...) // copies: v may alias s
	vals := append(S(nil), v...)
	r := s[:tot]
	copy(r[i:], vals)
	copy(r[i+m:], tail)
	if tot < n {
		clear(s[tot:n])
	}
	return r
}

// Clone returns a copy of s (nil for nil).
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S([]E{}), s...)
}

// Compact replaces runs of equal adjacent elements by one copy and returns the result.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	k := 1
	for i := 1; i < len(s); i++ {
		if s[i] != s[i-1] {
			s[k] = s[i]
			k++
		}
	}
	clear(s[k:])
	return s[:k]
}

// CompactFunc is like Compact but compares with eq, keeping the first element of each run.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	k := 1
	for i := 1; i < len(s); i++ {
		if !eq(s[k-1], s[i]) {
			s[k] = s[i]
			k++
		}
	}
	clear(s[k:])
	return s[:k]
}

// Grow makes room for n more elements without another allocation; it panics if n is negative.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if need := n - (cap(s) - len(s)); need > 0 {
		s = append(s[:cap(s)], make(S, need)...)[:len(s)]
	}
	return s
}

// Clip removes the unused capacity of s.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Reverse reverses the elements of s in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Concat returns a new slice of the elements of all the slices (nil when they are all empty).
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	r := Grow[S, E](nil, size) // (gava cannot infer E from S yet)
	for _, s := range slices {
		r = append(r, s...)
	}
	return r
}

// Repeat returns a new slice repeating x count times; it panics if count is negative or the
// length overflows.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = int(^uint(0) >> 1)
	if len(x) > 0 && count > maxInt/len(x) {
		panic("the result of (len(x) * count) overflows")
	}
	r := make(S, 0, len(x)*count)
	for i := 0; i < count; i++ {
		r = append(r, x...)
	}
	return r
}

// Min returns the minimal value of s (a NaN if any is NaN); it panics if s is empty.
func Min[S ~[]E, E cmp.Ordered](s S) E {
	if len(s) < 1 {
		panic("slices.Min: empty list")
	}
	m := s[0]
	for _, v := range s[1:] {
		m = min(m, v)
	}
	return m
}

// MinFunc returns the first minimal value of s by cmp; it panics if s is empty.
func MinFunc[S ~[]E, E any](s S, cmp func(a, b E) int) E {
	if len(s) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := s[0]
	for _, v := range s[1:] {
		if cmp(v, m) < 0 {
			m = v
		}
	}
	return m
}

// Max returns the maximal value of s (a NaN if any is NaN); it panics if s is empty.
func Max[S ~[]E, E cmp.Ordered](s S) E {
	if len(s) < 1 {
		panic("slices.Max: empty list")
	}
	m := s[0]
	for _, v := range s[1:] {
		m = max(m, v)
	}
	return m
}

// MaxFunc returns the first maximal value of s by cmp; it panics if s is empty.
func MaxFunc[S ~[]E, E any](s S, cmp func(a, b E) int) E {
	if len(s) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := s[0]
	for _, v := range s[1:] {
		if cmp(v, m) > 0 {
			m = v
		}
	}
	return m
}
