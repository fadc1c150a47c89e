package runtime

// Execution tracing (runtime/trace) is not supported: StartTrace fails, ReadTrace has no data.

type traceError string

func (e traceError) Error() string { return string(e) }

// StartTrace enables tracing for the current process: not supported by gava.
func StartTrace() error { return traceError("runtime: execution tracing is not supported by gava") }

// StopTrace stops tracing, if it was previously enabled.
func StopTrace() {}

// ReadTrace returns the next chunk of binary tracing data: there is none.
func ReadTrace() []byte { return nil }

// SetBlockProfileRate controls the fraction of blocking events reported in the blocking
// profile: gava records none.
func SetBlockProfileRate(rate int) {}

// SetMutexProfileFraction controls the fraction of mutex contention events reported in the mutex
// profile: gava records none; it returns the previous rate (always 0).
func SetMutexProfileFraction(rate int) int { return 0 }
