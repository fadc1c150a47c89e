package time

// The timer hooks gc's runtime provides (runtime/time.go), over gava.runtime.Timers: one heap of
// timers and one timer thread that runs each timer's f(arg, seq) when it is due. A pending timer
// counts as a live goroutine for deadlock detection, as in gc.

// Sleep pauses the current goroutine for at least the duration d.
// A negative or zero duration causes Sleep to return immediately.
//
//gava:java gava.runtime.Timers.sleep
func Sleep(d Duration)

// runtimeTimer has gc's fields (package time fills in when, period, f, arg and seq) and h, the
// Java timer (gava.runtime.Timers.Timer) that holds the runtime's copy of them.
type runtimeTimer struct {
	pp       uintptr
	when     int64
	period   int64
	f        func(any, uintptr) // NOTE: must not be closure
	arg      any
	seq      uintptr
	nextwhen int64
	status   uint32
	h        any
}

func startTimer(t *runtimeTimer) {
	if t.h == nil {
		t.h = newTimer()
	}
	timerMod(t.h, t.when, t.period, t.f, t.arg, t.seq)
}

func stopTimer(t *runtimeTimer) bool {
	if t.h == nil {
		return false
	}
	return timerStop(t.h)
}

func resetTimer(t *runtimeTimer, when int64) bool {
	if t.h == nil {
		t.h = newTimer()
	}
	t.when = when
	return timerMod(t.h, when, t.period, t.f, t.arg, t.seq)
}

func modTimer(t *runtimeTimer, when, period int64, f func(any, uintptr), arg any, seq uintptr) {
	if t.h == nil {
		t.h = newTimer()
	}
	t.when, t.period, t.f, t.arg, t.seq = when, period, f, arg, seq
	timerMod(t.h, when, period, f, arg, seq)
}

//gava:java gava.runtime.Timers.newTimer
func newTimer() any

//gava:java gava.runtime.Timers.mod
func timerMod(h any, when, period int64, f any, arg any, seq uintptr) bool

//gava:java gava.runtime.Timers.stop
func timerStop(h any) bool
