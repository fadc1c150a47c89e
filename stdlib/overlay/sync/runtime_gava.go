package sync

// The runtime hooks sync reaches by //go:linkname in gc (runtime.go, runtime2.go, mutex.go),
// written in Go over channels, so that a goroutine waiting in a Mutex, WaitGroup or Cond is
// blocked in a channel receive and gava's deadlock detection sees it. The tables are guarded by
// one short-held lock of the Java runtime.

// A semaphore's waiters, by the address of its counter (pointers as map keys compare by place).
type semaRoot struct {
	waiters []*semaWaiter
}

// semaWaiter is one goroutine blocked in semacquire: woken by closing ch; handed is set (before
// the close) when the releaser handed its unit over directly, so the waiter owns it without
// decrementing the counter.
type semaWaiter struct {
	ch     chan struct{}
	handed bool
}

var semaTable map[*uint32]*semaRoot

// Semacquire waits until *s > 0 and then atomically decrements it.
func runtime_Semacquire(s *uint32) {
	semacquire(s, false)
}

// SemacquireMutex is like Semacquire, but for profiling contended Mutexes.
// If lifo is true, queue waiter at the head of wait queue.
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int) {
	semacquire(s, lifo)
}

// semacquire as gc's semacquire1: take a unit if there is one, else queue (at the head when lifo,
// as a Mutex waiter that already waited does) and sleep until a release wakes us; a release with
// handoff gives us its unit directly, any other lets us compete for it again.
func semacquire(s *uint32, lifo bool) {
	for {
		tableLock()
		if *s > 0 {
			*s--
			tableUnlock()
			return
		}
		if semaTable == nil {
			semaTable = make(map[*uint32]*semaRoot)
		}
		root := semaTable[s]
		if root == nil {
			root = &semaRoot{}
			semaTable[s] = root
		}
		w := &semaWaiter{ch: make(chan struct{})}
		if lifo {
			root.waiters = append([]*semaWaiter{w}, root.waiters...)
		} else {
			root.waiters = append(root.waiters, w)
		}
		tableUnlock()
		syncWait(1)
		<-w.ch // woken by a release
		syncWait(0)
		if w.handed {
			return
		}
	}
}

// Semrelease atomically increments *s and notifies a waiting goroutine
// if one is blocked in Semacquire. With handoff (a Mutex in starvation mode) the unit goes
// straight to the first waiter, so that no goroutine arriving meanwhile can take it, and the
// releaser yields to it, as gc's semrelease1 does.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int) {
	tableLock()
	root := semaTable[s]
	if root == nil || len(root.waiters) == 0 {
		*s++
		tableUnlock()
		return
	}
	w := root.waiters[0]
	root.waiters[0] = nil
	root.waiters = root.waiters[1:]
	if len(root.waiters) == 0 {
		delete(semaTable, s)
	}
	if handoff {
		w.handed = true
	} else {
		*s++
	}
	tableUnlock()
	close(w.ch)
	if handoff {
		gosched()
	}
}

// notifyList is the list of goroutines waiting on a Cond: tickets as in gc's runtime.
type notifyList struct {
	wait    uint32
	notify  uint32
	waiters map[uint32]chan struct{}
}

// less checks if a < b, considering a & b running counts that may overflow the
// 32-bit range, and that their "unwrapped" difference is always less than 2^31.
func less(a, b uint32) bool {
	return int32(a-b) < 0
}

func runtime_notifyListAdd(l *notifyList) uint32 {
	tableLock()
	t := l.wait
	l.wait++
	tableUnlock()
	return t
}

func runtime_notifyListWait(l *notifyList, t uint32) {
	tableLock()
	if less(t, l.notify) {
		tableUnlock()
		return
	}
	ch := make(chan struct{})
	if l.waiters == nil {
		l.waiters = make(map[uint32]chan struct{})
	}
	l.waiters[t] = ch
	tableUnlock()
	syncWait(2)
	<-ch
	syncWait(0)
}

func runtime_notifyListNotifyAll(l *notifyList) {
	tableLock()
	l.notify = l.wait
	ws := l.waiters
	l.waiters = nil
	tableUnlock()
	for _, ch := range ws {
		close(ch)
	}
}

func runtime_notifyListNotifyOne(l *notifyList) {
	tableLock()
	if l.wait == l.notify {
		tableUnlock()
		return
	}
	t := l.notify
	l.notify++
	ch := l.waiters[t]
	delete(l.waiters, t)
	tableUnlock()
	if ch != nil {
		close(ch)
	}
}

func runtime_notifyListCheck(size uintptr) {}

// Active spinning runtime support: never spin (goroutines are virtual threads).
func runtime_canSpin(i int) bool {
	return false
}

func runtime_doSpin() {}

//gava:java gava.runtime.RuntimePackage.nanotime
func runtime_nanotime() int64

//gava:java gava.runtime.RuntimePackage.fatal
func throw(string)

//gava:java gava.runtime.RuntimePackage.fatal
func fatal(string)

//gava:java gava.runtime.Go.gosched
func gosched()

// syncWait tells deadlock reports why the goroutine waits: 1 semacquire, 2 sync.Cond.Wait, 0 done.
//
//gava:java gava.runtime.Go.syncWait
func syncWait(kind int)

//gava:java gava.runtime.Atomics.valueLock
func tableLock()

//gava:java gava.runtime.Atomics.valueUnlock
func tableUnlock()

// copyChecker: gc compares the object's address with one recorded on first use; gava's
// pointers have no address, so copies of a Cond go undetected.
func (c *copyChecker) check() {}
