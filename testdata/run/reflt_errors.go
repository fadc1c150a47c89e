package main

// errors.Is, As, Unwrap over internal/reflectlite (TypeOf, Comparable, Implements, AssignableTo,
// ValueOf(ptr).Elem().Set).

import "errors"

type wrapErr struct {
	msg string
	err error
}

func (w *wrapErr) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapErr) Unwrap() error { return w.err }

type codeErr struct{ code int }

func (c codeErr) Error() string { return "code" }

type sliceErr []string

func (s sliceErr) Error() string { return "slice" }

type isErr struct{ n int }

func (e isErr) Error() string        { return "is" }
func (e isErr) Is(target error) bool { t, ok := target.(isErr); return ok && t.n%10 == e.n%10 }

type temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panic:", r.(string))
		}
	}()
	f()
}

func main() {
	base := errors.New("base")
	w1 := &wrapErr{"w1", base}
	w2 := &wrapErr{"w2", w1}
	println(w2.Error())
	println(errors.Is(w2, base), errors.Is(w2, w1), errors.Is(base, w2), errors.Is(nil, base), errors.Is(nil, nil))
	println(errors.Unwrap(w2) == w1, errors.Unwrap(base) == nil)

	c := &wrapErr{"c", codeErr{42}}
	var ce codeErr
	println(errors.As(c, &ce), ce.code)
	var pe *wrapErr
	println(errors.As(c, &pe), pe == c)
	println(errors.Is(c, codeErr{42}), errors.Is(c, codeErr{41}))

	// uncomparable error values: Is must not compare them with ==
	s := &wrapErr{"s", sliceErr{"a"}}
	println(errors.Is(s, sliceErr{"a"}))
	var se sliceErr
	println(errors.As(s, &se), len(se), se[0])

	println(errors.Is(isErr{13}, isErr{3}), errors.Is(&wrapErr{"x", isErr{25}}, isErr{5}), errors.Is(isErr{1}, isErr{2}))

	var tmp temporary
	println(errors.As(&wrapErr{"t", tempErr{}}, &tmp), tmp != nil && tmp.Temporary())
	var anyErr error
	println(errors.As(base, &anyErr), anyErr == base)
	println(errors.As(base, &ce))

	try("nil target", func() { errors.As(base, nil) })
	try("non-pointer", func() { errors.As(base, ce) })
	try("bad elem", func() { var n *int; errors.As(base, &n) })
	var nilp *codeErr
	try("nil pointer", func() { errors.As(base, nilp) })
}
