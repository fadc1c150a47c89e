package intern

// gc keeps interned values in a map of uintptr(*Value) that a finalizer cleans, hiding the
// pointers from its collector; gava has no uintptr-to-pointer conversion and runs no finalizers,
// so it always takes gc's "safe+leaky" mode (GODEBUG=intern=leaky): a map of *Value that keeps
// every value alive. Values are still unique per key, which is all callers (net/netip) observe.

func safeMap() map[key]*Value {
	return map[key]*Value{}
}

func get(k key) *Value {
	mu.Lock()
	defer mu.Unlock()

	v := valSafe[k]
	if v == nil {
		v = k.Value()
		valSafe[k] = v
	}
	return v
}
