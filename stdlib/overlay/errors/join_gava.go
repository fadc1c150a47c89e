// gava: Go 1.20's multi-errors on top of Go 1.19's package errors: Join, and Is/As that also
// follow an Unwrap() []error method (depth first, in order), as the newer std does.

package errors

import "internal/reflectlite"

// Join returns an error wrapping the non-nil errs, or nil if there are none. Its Error is the
// errors' texts, one per line.
func Join(errs ...error) error {
	var kept []error
	for _, e := range errs {
		if e != nil {
			kept = append(kept, e)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	return &joinError{errs: kept}
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	comparable := reflectlite.TypeOf(target).Comparable()
	return inTree(err, func(e error) bool {
		if comparable && e == target {
			return true
		}
		x, ok := e.(interface{ Is(error) bool })
		return ok && x.Is(target)
	})
}

// As finds the first error in err's tree that matches target, and if one is found, sets target to
// that error value and returns true.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	val := reflectlite.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflectlite.Ptr || val.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	targetType := typ.Elem()
	if targetType.Kind() != reflectlite.Interface && !targetType.Implements(errorType) {
		panic("errors: *target must be interface or implement error")
	}
	return inTree(err, func(e error) bool {
		if reflectlite.TypeOf(e).AssignableTo(targetType) {
			val.Elem().Set(reflectlite.ValueOf(e))
			return true
		}
		x, ok := e.(interface{ As(any) bool })
		return ok && x.As(target)
	})
}

// inTree reports whether match holds for an error of err's tree, visited depth first: err, then
// what its Unwrap() error or Unwrap() []error methods return, in order.
func inTree(err error, match func(error) bool) bool {
	for err != nil {
		if match(err) {
			return true
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if inTree(e, match) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}
