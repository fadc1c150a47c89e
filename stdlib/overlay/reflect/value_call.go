package reflect

// NumMethod returns the number of exported methods in the value's method set.
func (v Value) NumMethod() int {
	if v.h == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	if v.flag()&flagMethod != 0 {
		return 0
	}
	return v.Type().NumMethod()
}

// Method returns a function value corresponding to v's i'th method.
func (v Value) Method(i int) Value {
	if v.h == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.flag()&flagMethod != 0 || uint(i) >= uint(v.Type().NumMethod()) {
		panic("reflect: Method index out of range")
	}
	if v.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	return Value{rvMethod(v.h, i)}
}

// MethodByName returns a function value corresponding to the method of v with the given name.
func (v Value) MethodByName(name string) Value {
	if v.h == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if v.flag()&flagMethod != 0 {
		panic("reflect: MethodByName of method value")
	}
	m, ok := v.Type().MethodByName(name)
	if !ok {
		return Value{}
	}
	return v.Method(m.Index)
}

// Call calls the function v with the input arguments in.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with the input arguments in, assigning the slice in[len(in)-1] to v's final variadic argument.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	t := v.Type()
	if v.flag()&flagMethod == 0 && rvIsNil(v.h) {
		panic("reflect: call of nil function")
	}
	isSlice := op == "CallSlice"
	n := t.NumIn()
	isVariadic := t.IsVariadic()
	if isSlice {
		if !isVariadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if isVariadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !isVariadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), t.In(i); !xt.AssignableTo(targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + targ.String())
		}
	}
	if !isSlice && isVariadic {
		m := len(in) - n
		slice := MakeSlice(t.In(n), m, m)
		elem := t.In(n).Elem()
		for i := 0; i < m; i++ {
			x := in[n+i]
			if xt := x.Type(); !xt.AssignableTo(elem) {
				panic("reflect: cannot use " + xt.String() + " as type " + elem.String() + " in " + op)
			}
			slice.Index(i).Set(x)
		}
		origIn := in
		in = make([]Value, n+1)
		copy(in[:n], origIn)
		in[n] = slice
	}
	hs := make([]any, len(in))
	for i, x := range in {
		hs[i] = x.h
	}
	rs := rvCall(v.h, hs)
	out := make([]Value, len(rs))
	for i, r := range rs {
		out[i] = Value{r}
	}
	return out
}

func init() {
	// Type.Method(i).Func: the method expression, receiver first.
	methodFuncHook = func(t *rtype, i int) Value {
		ft := toType(rtMethodType(t.d, i))
		return MakeFunc(ft, func(args []Value) []Value {
			return args[0].Method(i).Call(args[1:])
		})
	}
}
