package bits

// gc links these two to the runtime's error values (//go:linkname in bits_errors.go); gava asks
// the Java runtime for equal ones, so a recovered value prints and compares as gc's does.

var overflowError error = runtimeOverflowError()

var divideError error = runtimeDivideError()

//gava:java gava.runtime.RuntimePackage.overflowError
func runtimeOverflowError() error

//gava:java gava.runtime.RuntimePackage.divideError
func runtimeDivideError() error
