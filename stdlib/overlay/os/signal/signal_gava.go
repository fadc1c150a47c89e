package signal

// gava: the runtime's signal hooks. The JVM owns the process's signal handlers and java.base
// offers no way to receive them, so no signal is ever delivered to a Notify channel: the watching
// goroutine sleeps outside any channel operation (a program waiting for a signal waits, as with
// gc, instead of being reported as deadlocked). Ignore/Reset are recorded only.

import "sync"

var (
	ignoredMu sync.Mutex
	ignored   = map[uint32]bool{}
)

func signal_disable(sig uint32) {}
func signal_enable(sig uint32) {
	ignoredMu.Lock()
	delete(ignored, sig)
	ignoredMu.Unlock()
}

func signal_ignore(sig uint32) {
	ignoredMu.Lock()
	ignored[sig] = true
	ignoredMu.Unlock()
}

func signal_ignored(sig uint32) bool {
	ignoredMu.Lock()
	defer ignoredMu.Unlock()
	return ignored[sig]
}

//gava:java gava.runtime.Sys.signalRecv
func signal_recv() uint32

func signalWaitUntilIdle() {}
