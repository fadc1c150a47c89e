package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type ages map[string]int

func main() {
	m := ages{"ann": 31, "bob": 25, "cid": 40}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)))
	sum := 0
	for k, v := range maps.All(m) {
		sum += len(k) * v
	}
	fmt.Println("sum", sum)
	count := 0
	for range maps.Keys(m) {
		count++
		break
	}
	fmt.Println("stopped after", count)

	c := maps.Clone(m)
	c["dan"] = 19
	fmt.Printf("%T %d %d %v\n", c, len(m), len(c), maps.Equal(m, c))
	delete(c, "dan")
	fmt.Println(maps.Equal(m, c), maps.Equal(ages{}, ages(nil)), maps.Clone(ages(nil)) == nil)
	fmt.Println(maps.Equal(map[string]float64{"x": math.NaN()}, map[string]float64{"x": math.NaN()}))
	fmt.Println(maps.EqualFunc(m, map[string]string{"ann": "31", "bob": "25", "cid": "40"},
		func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(maps.EqualFunc(m, map[string]string{"ann": "31", "bob": "25", "cie": "40"},
		func(a int, b string) bool { return fmt.Sprint(a) == b }))

	dst := map[string]int{"ann": 0, "zoe": 7}
	maps.Copy(dst, m)
	fmt.Println(dst)
	maps.DeleteFunc(dst, func(k string, v int) bool { return v < 30 })
	fmt.Println(dst)

	upper := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range m {
			if !yield(strings.ToUpper(k), v+1) {
				return
			}
		}
	})
	fmt.Println(upper)
	maps.Insert(upper, maps.All(map[string]int{"ANN": 0, "EVE": 5}))
	fmt.Println(upper)
	idx := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(idx, len(maps.Collect(maps.All(map[int]int{}))))
}
