package sync

// gc's rlocker is RWMutex itself under another name ((*rlocker)(rw)); gava cannot convert
// between pointers to distinct struct types (each is its own JVM class), so it wraps the pointer.

type rlocker struct {
	rw *RWMutex
}

// RLocker returns a Locker interface that implements
// the Lock and Unlock methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return &rlocker{rw}
}

func (r *rlocker) Lock()   { r.rw.RLock() }
func (r *rlocker) Unlock() { r.rw.RUnlock() }
