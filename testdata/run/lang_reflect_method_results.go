// A method value with several results, made into a func value through reflect
// (Value.Method(i).Interface()), called directly: every result arrives.
package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Pair struct {
	A int
	B string
}

type T struct{ n int }

func (t *T) Split(s string) (Pair, int8, error) {
	t.n++
	if s == "" {
		return Pair{}, -1, errors.New("empty")
	}
	return Pair{len(s), s}, int8(t.n), nil
}

func (t T) Two() (float64, bool) { return float64(t.n) / 2, t.n > 1 }

func main() {
	t := &T{}
	f := reflect.ValueOf(t).MethodByName("Split").Interface().(func(string) (Pair, int8, error))
	p, k, err := f("gopher")
	fmt.Println(p, k, err)
	p, k, err = f("")
	fmt.Println(p, k, err)
	g := reflect.ValueOf(*t).Method(0).Interface().(func() (float64, bool))
	x, ok := g()
	fmt.Println(x, ok)
}
