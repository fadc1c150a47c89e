package main

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

var sinkB []byte
var sinkI []int
var sinkS string

func main() {
	n := 64
	fmt.Println("make:", testing.AllocsPerRun(50, func() { sinkB = make([]byte, n) }))
	fmt.Println("make zero:", testing.AllocsPerRun(50, func() { sinkB = make([]byte, 0) }))
	fmt.Println("none:", testing.AllocsPerRun(50, func() { n++ }))
	fmt.Println("append x5:", testing.AllocsPerRun(50, func() {
		var s []int
		for i := 0; i < 5; i++ {
			s = append(s, i)
		}
		sinkI = s
	}))
	fmt.Println("append in cap:", testing.AllocsPerRun(50, func() {
		sinkI = append(sinkI[:0], 1, 2, 3)
	}))
	fmt.Println("builder:", testing.AllocsPerRun(50, func() {
		var b strings.Builder
		b.Grow(10)
		b.WriteString("0123456789")
		sinkS = b.String()
	}))
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	for i := 0; i < 10; i++ {
		sinkB = make([]byte, 100+i)
	}
	runtime.ReadMemStats(&m1)
	fmt.Println("ten makes counted:", m1.Mallocs-m0.Mallocs >= 10)
}
