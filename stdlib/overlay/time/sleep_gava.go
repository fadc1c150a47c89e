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
		if c, ok := t.arg.(chan Time); ok {
			syncTimerChan(c)
		}
	}
	timerMod(t.h, t.when, t.period, t.f, t.arg, t.seq)
}

// stopTimer, resetTimer and modTimer give Go 1.23's semantics to the timers of channels
// (NewTimer, NewTicker): when Stop or Reset returns, no value sent before can be received any
// more (the runtime waits for a send in progress, then the channel is drained), and a timer
// whose value was sent but not yet received still counts as active (Stop returns true).
// GODEBUG=asynctimerchan=1 restores the earlier semantics, as in Go 1.23.
func stopTimer(t *runtimeTimer) bool {
	if t.h == nil {
		return false
	}
	pending := timerStop(t.h)
	if drainTimer(t) {
		pending = true
	}
	return pending
}

func resetTimer(t *runtimeTimer, when int64) bool {
	if t.h == nil {
		t.h = newTimer()
	}
	t.when = when
	pending := timerStop(t.h)
	if drainTimer(t) {
		pending = true
	}
	timerMod(t.h, when, t.period, t.f, t.arg, t.seq)
	return pending
}

func modTimer(t *runtimeTimer, when, period int64, f func(any, uintptr), arg any, seq uintptr) {
	if t.h == nil {
		t.h = newTimer()
	}
	t.when, t.period, t.f, t.arg, t.seq = when, period, f, arg, seq
	timerStop(t.h)
	drainTimer(t)
	timerMod(t.h, when, period, f, arg, seq)
}

// asyncTimerChan reports GODEBUG=asynctimerchan=1: Go 1.22's Stop and Reset.
//
//gava:java gava.runtime.Timers.asyncTimerChan
func asyncTimerChan() bool

// drainTimer empties the channel of a channel timer (its arg is the channel sendTime sends on)
// and reports whether it held a value.
func drainTimer(t *runtimeTimer) bool {
	if asyncTimerChan() {
		return false
	}
	if c, ok := t.arg.(chan Time); ok {
		select {
		case <-c:
			return true
		default:
		}
	}
	return false
}

// syncTimerChan makes len and cap of a timer's channel 0 under Go 1.23's synchronous timers.
//
//gava:java gava.runtime.Timers.syncTimerChan
func syncTimerChan(c chan Time)

//gava:java gava.runtime.Timers.newTimer
func newTimer() any

//gava:java gava.runtime.Timers.mod
func timerMod(h any, when, period int64, f any, arg any, seq uintptr) bool

//gava:java gava.runtime.Timers.stop
func timerStop(h any) bool
