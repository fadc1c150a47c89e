package reflect

//gava:java gava.runtime.RValueFuncs.makeFunc
func rvMakeFunc(t any, impl any) any

// MakeFunc returns a new function of the given Type that wraps the function fn.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	impl := func(hs []any) []any {
		args := make([]Value, len(hs))
		for i, h := range hs {
			args[i] = Value{h}
		}
		out := fn(args)
		if len(out) != typ.NumOut() {
			panic("reflect: wrong return count from function created by MakeFunc")
		}
		rs := make([]any, len(out))
		for i, v := range out {
			if v.h == nil {
				panic("reflect: function created by MakeFunc using " + funcName(fn) + " returned zero Value")
			}
			if v.flag()&flagRO != 0 {
				panic("reflect: function created by MakeFunc using " + funcName(fn) + " returned value obtained from unexported field")
			}
			if tv := typ.Out(i); !v.Type().AssignableTo(tv) {
				panic("reflect: function created by MakeFunc using " + funcName(fn) + " returned wrong type: have " + v.Type().String() + " for " + tv.String())
			}
			rs[i] = v.h
		}
		return rs
	}
	return Value{rvMakeFunc(typeDesc(typ), impl)}
}

func funcName(f func([]Value) []Value) string {
	return "closure"
}
