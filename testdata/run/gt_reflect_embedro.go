// reflect: an exported field of an unexported embedded struct is settable (gc's flagEmbedRO does
// not stick), an unexported non-embedded field's fields are not; Value == compares the place.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type inner struct{ Q, r int }
type Ptr struct{ X int }
type hidden struct{ Y int }

type Outer struct {
	inner
	*hidden
	plain inner
	P     Ptr
}

func main() {
	o := Outer{hidden: &hidden{}}
	v := reflect.ValueOf(&o).Elem()
	q := v.Field(0).Field(0)
	fmt.Println(v.Field(0).CanSet(), q.CanSet(), v.Field(0).Field(1).CanSet())
	q.SetInt(7)
	y := v.Field(1).Elem().Field(0)
	fmt.Println(v.Field(1).CanSet(), y.CanSet())
	y.SetInt(9)
	fmt.Println(v.Field(2).Field(0).CanSet(), v.Field(2).Field(0).CanInterface())
	fmt.Println(o.Q, o.hidden.Y)

	var x struct{ inner }
	err := json.Unmarshal([]byte(`{"Q": 42}`), &x)
	fmt.Println(x.Q, err)

	// Value ==: the same pointer, the same place
	var a any
	a = &a
	pv := reflect.ValueOf(a)
	fmt.Println(pv.Elem().Elem() == pv, pv.Elem() == pv.Elem(), pv == reflect.ValueOf(&o))
	err = json.Unmarshal([]byte(`{"a": "b"}`), a)
	fmt.Println(err)

	// UnsafePointer of slices: equal when they start at the same element
	s := []any{1, 2, 3}
	s1, s2 := reflect.ValueOf(s), reflect.ValueOf(s[:2])
	fmt.Println(s1.UnsafePointer() == s2.UnsafePointer(), s1.UnsafePointer() == reflect.ValueOf(s[1:]).UnsafePointer())
	seen := map[any]bool{}
	seen[s1.UnsafePointer()] = true
	fmt.Println(seen[s2.UnsafePointer()], len(seen))
	cyc := []any{nil}
	cyc[0] = cyc
	_, err = json.Marshal(cyc)
	fmt.Println(err)
}
