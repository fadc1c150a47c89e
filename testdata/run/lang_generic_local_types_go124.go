// Types declared inside a generic function are distinct per instance of the function, also the
// instances of a generic type declared there (T[int] inside F[int] is not T[int] inside F[string]).
package main

import (
	"fmt"
	"reflect"
)

func F[A any]() (any, any, any) {
	type K int
	type T[B any] struct{ b B }
	type L struct{ a A }
	return K(1), T[int]{2}, L{}
}

func main() {
	k1, t1, l1 := F[int]()
	k2, t2, l2 := F[string]()
	k3, t3, l3 := F[int]()
	fmt.Println(k1 == k2, k1 == k3)
	fmt.Println(t1 == t2, t1 == t3)
	fmt.Println(reflect.TypeOf(t1) == reflect.TypeOf(t2), reflect.TypeOf(t1) == reflect.TypeOf(t3))
	fmt.Println(reflect.TypeOf(l1) == reflect.TypeOf(l2), reflect.TypeOf(l1) == reflect.TypeOf(l3))
	fmt.Println(reflect.TypeOf(l1).Field(0).Type, reflect.TypeOf(l2).Field(0).Type)
	fmt.Println(reflect.TypeOf(t1).Field(0).Type, t1 != nil, t2 != nil)
}
