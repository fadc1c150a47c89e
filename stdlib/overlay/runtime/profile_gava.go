package runtime

// The profiles of the runtime (block, mutex, thread creation, goroutine, CPU): gava records none,
// so each reports no records and CPU profiling has no samples. runtime/pprof compiles on top.

// A StackRecord describes a single execution stack.
type StackRecord struct {
	Stack0 [32]uintptr // stack trace for this record; ends at first 0 entry
}

// Stack returns the stack trace associated with the record, a prefix of r.Stack0.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// BlockProfileRecord describes blocking events originated at a particular call sequence.
type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

// BlockProfile reports no records: gava keeps no blocking profile.
func BlockProfile(p []BlockProfileRecord) (n int, ok bool) { return 0, true }

// MutexProfile reports no records: gava keeps no mutex profile.
func MutexProfile(p []BlockProfileRecord) (n int, ok bool) { return 0, true }

// ThreadCreateProfile reports no records: goroutines are virtual threads.
func ThreadCreateProfile(p []StackRecord) (n int, ok bool) { return 0, true }

// GoroutineProfile reports no records: gava keeps no goroutine profile.
func GoroutineProfile(p []StackRecord) (n int, ok bool) { return 0, true }

// SetCPUProfileRate is accepted and ignored: there are no CPU samples.
func SetCPUProfileRate(hz int) {}
