package main

import "fmt"

type B []byte

func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }

func g(a []byte) ([]byte, string) { return a, "xy" }

func g2(a []byte) ([]byte, B) { return a, B("q") }

func h(m map[int]int) (map[int]int, int) { return m, 0 }

func hs(m map[string]bool) (map[string]bool, string) { return m, "k" }

func main() {
	a := []byte{1, 2, 3}
	n := copy(f(a))
	fmt.Println(n, a)
	b := []byte{1, 2, 3}
	n = copy(g(b))
	fmt.Println(n, b)
	n = copy(g2(b))
	fmt.Println(n, b)
	m := map[int]int{0: 0, 1: 1}
	delete(h(m))
	fmt.Println(len(m), m)
	ms := map[string]bool{"k": true, "j": false}
	delete(hs(ms))
	fmt.Println(ms)
}
