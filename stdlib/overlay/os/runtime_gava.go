package os

// gava: the hooks os declares without body in gc ("implemented in package runtime").

//gava:java gava.runtime.Sys.args
func runtime_args() []string

// runtime_beforeExit lets the race detector fail the program: there is none.
func runtime_beforeExit() {}

//gava:java gava.runtime.Sys.sigpipe
func sigpipe()

//gava:java gava.runtime.Sys.fastrand
func fastrand() uint32

// WriteString is like Write, but writes the contents of string s rather than
// a slice of bytes. (gc reinterprets the string's bytes in place: gava copies.)
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}
