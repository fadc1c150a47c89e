package main

import (
	"fmt"
	"math"
)

func main() {
	nana := complex(5, float32(math.NaN()))
	nz := complex(0, math.Float32frombits(1<<31))
	m := map[complex64]string{0: "+0", nana: "NaN"}
	_, ok := m[nana]
	fmt.Println(ok, len(m), m[nz])
	m[nana] = "x"
	fmt.Println(len(m), nana == nana)
	var i, j interface{} = nana, nana
	fmt.Println(i == j)
	mi := map[interface{}]int{i: 1}
	_, ok = mi[j]
	fmt.Println(ok)
}

type P struct{ f float64 }

func init() {
	nan := complex(1, math.NaN())
	m := map[complex128]int{nan: 1}
	m[nan] = 2
	_, ok := m[nan]
	fmt.Println(len(m), ok)
	p := P{math.NaN()}
	mp := map[P]int{p: 1}
	mp[p] = 2
	_, ok = mp[p]
	fmt.Println(len(mp), ok)
	var a, b interface{} = p, p
	fmt.Println(a == b)
}
