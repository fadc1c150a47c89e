package time

// The clocks gc's runtime provides (time.now, runtime.nanotime), over gava.runtime.Timers.

// Provided by package runtime.
func now() (sec int64, nsec int32, mono int64) {
	n := walltime()
	sec, n = n/1e9, n%1e9
	if n < 0 {
		sec, n = sec-1, n+1e9
	}
	return sec, int32(n), runtimeNano()
}

// runtimeNano returns the current value of the runtime clock in nanoseconds.
//
//gava:java gava.runtime.Timers.nanotime
func runtimeNano() int64

// walltime returns the wall clock in nanoseconds since 1970.
//
//gava:java gava.runtime.Timers.walltime
func walltime() int64
