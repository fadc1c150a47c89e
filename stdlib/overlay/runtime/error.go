package runtime

// The Error interface identifies a run time error. The runtime's own errors (index out of range,
// nil dereference, ...) are Java gava.runtime.RuntimeError values, which the compiler treats as
// implementing it.
type Error interface {
	error

	// RuntimeError is a no-op function but
	// serves to distinguish types that are run time
	// errors from ordinary errors: a type is a
	// run time error if it has a RuntimeError method.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion. (gava's failed assertions panic with a
// runtime error value of the Java runtime, not with this type.)
type TypeAssertionError struct {
	_interface    string
	concrete      string
	asserted      string
	missingMethod string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != "" {
		inter = e._interface
	}
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + e.asserted
	}
	if e.missingMethod == "" {
		return "interface conversion: " + inter + " is " + e.concrete + ", not " + e.asserted
	}
	return "interface conversion: " + e.concrete + " is not " + e.asserted +
		": missing method " + e.missingMethod
}
