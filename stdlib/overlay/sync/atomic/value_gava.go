//gava:omit value.go

package atomic

// gc's Value reads and writes its interface words with unsafe pointers and pins the goroutine to
// its P during a first store; gava's is Go code under one lock (gava.runtime.Atomics), with the
// same panics.

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load.
// Once Store has been called, a Value must not be copied.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store.
// It returns nil if there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	valueLock()
	val = v.v
	valueUnlock()
	return val
}

// Store sets the value of the Value to x.
// All calls to Store for a given Value must use values of the same concrete type.
// Store of an inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	valueLock()
	if v.v != nil && !sameType(v.v, val) {
		valueUnlock()
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
	valueUnlock()
}

// Swap stores new into Value and returns the previous value. It returns nil if
// the Value is empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	valueLock()
	if v.v != nil && !sameType(v.v, new) {
		valueUnlock()
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	valueUnlock()
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	valueLock()
	cur := v.v
	if cur == nil {
		if old != nil {
			valueUnlock()
			return false
		}
		v.v = new
		valueUnlock()
		return true
	}
	if !sameType(cur, new) {
		valueUnlock()
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	// (gc compares with the interface == too, panicking for uncomparable values)
	if cur != old {
		valueUnlock()
		return false
	}
	v.v = new
	valueUnlock()
	return true
}

//gava:java gava.runtime.Atomics.valueLock
func valueLock()

//gava:java gava.runtime.Atomics.valueUnlock
func valueUnlock()

//gava:java gava.runtime.Atomics.sameType
func sameType(a, b any) bool
