package reflect

// MapIndex returns the value associated with key in the map v (zero Value if absent).
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	key = key.assignTo("reflect.Value.MapIndex", v.Type().Key())
	if rvIsNil(v.h) {
		return Value{}
	}
	e := rvMapIndex(v.h, key.h)
	if e == nil {
		return Value{}
	}
	return Value{e}
}

// MapKeys returns a slice containing all the keys present in the map, in unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	hs := rvMapKeys(v.h)
	out := make([]Value, len(hs))
	for i, h := range hs {
		out[i] = Value{h}
	}
	return out
}

// A MapIter is an iterator for ranging over a map. See Value.MapRange.
type MapIter struct {
	m     Value
	it    any
	valid bool
	done  bool
}

// Key returns the key of iter's current map entry.
func (iter *MapIter) Key() Value {
	if !iter.valid {
		panic("MapIter.Key called before Next")
	}
	return Value{rvMapIterKey(iter.m.h, iter.it)}
}

// Value returns the value of iter's current map entry.
func (iter *MapIter) Value() Value {
	if !iter.valid {
		panic("MapIter.Value called before Next")
	}
	return Value{rvMapIterValue(iter.m.h, iter.it)}
}

// Next advances the map iterator and reports whether there is another entry.
func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if iter.done {
		panic("MapIter.Next called on exhausted iterator")
	}
	if iter.it == nil {
		iter.it = rvMapIter(iter.m.h)
	}
	iter.valid = rvMapIterNext(iter.it)
	if !iter.valid {
		iter.done = true
	}
	return iter.valid
}

// Reset modifies iter to iterate over v.
func (iter *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "reflect.MapIter.Reset")
	}
	iter.m = v
	iter.it = nil
	iter.valid = false
	iter.done = false
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.Kind()})
	}
	return &MapIter{m: v}
}

// SetIterKey assigns to v the key of iter's current map entry.
func (v Value) SetIterKey(iter *MapIter) {
	v.Set(iter.Key())
}

// SetIterValue assigns to v the value of iter's current map entry.
func (v Value) SetIterValue(iter *MapIter) {
	v.Set(iter.Value())
}

// SetMapIndex sets the element associated with key in the map v to elem (deletes for a zero elem).
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	key = key.assignTo("reflect.Value.SetMapIndex", v.Type().Key())
	if !elem.IsValid() {
		rvSetMapIndex(v.h, key.h, nil)
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", v.Type().Elem())
	rvSetMapIndex(v.h, key.h, elem.h)
}
