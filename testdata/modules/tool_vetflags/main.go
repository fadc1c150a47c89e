package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"example.com/vetf/lib"
)

type T struct {
	A int `json:"a"`
	B int `xml:"b,attr`
	C int `json:"a"`
}

type S struct{ mu sync.Mutex }

func (s S) Get() int { return 0 }

type R struct{}

func (R) ReadByte() int { return 0 }

func f() int {
	return 1
	fmt.Println("unreachable")
	return 2
}

func g(x int) int {
	if x > 0 {
		return 1
	}
	panic("no")
	return 0
}

func main() {
	s := "x"
	fmt.Printf("%d\n", s)
	fmt.Println("a %d", 1)
	lib.Logf("%d items\n", "three")
	lib.Logf("%s\n", 1, 2)
	var mu sync.Mutex
	m2 := mu
	_ = m2
	for _, v := range []int{1, 2} {
		go func() { fmt.Println(v) }()
	}
	fmt.Printf("%s %s\n", "a")
	var e error
	var t T
	fmt.Println(errors.As(e, t))
	var x int
	x = x
	fmt.Println(x == x, f, g(1) != 0 || g(1) != 0)
	json.Unmarshal([]byte("{}"), t)
	fmt.Sprintf("%d", 1)
	var u8 uint8
	_ = u8 << 8
	var i8 int8
	_ = i8 << 9
	var r rune = 65
	_ = string(r)
	n := 65
	_ = string(n)
}
