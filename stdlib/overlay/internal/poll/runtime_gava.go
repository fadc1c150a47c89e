package poll

// gava: the runtime hooks of internal/poll. gava's descriptors (gava.runtime.Fds) are used in
// blocking mode: a read on standard input or a pipe blocks its goroutine (a virtual thread) only,
// so there is no network poller: registering a descriptor fails, which makes poll.FD blocking
// (FD.Init), and deadlines are not supported (ErrNoDeadline) for files.

import "sync"

//gava:java java.lang.System.nanoTime
func runtimeNano() int64

func runtime_pollServerInit() {}

// runtime_pollOpen refuses every descriptor (ENOSYS): the FD stays in blocking mode.
func runtime_pollOpen(fd uintptr) (uintptr, int) { return 0, 38 }

func runtime_pollClose(ctx uintptr)                          {}
func runtime_pollWait(ctx uintptr, mode int) int             { return pollNoError }
func runtime_pollWaitCanceled(ctx uintptr, mode int)         {}
func runtime_pollReset(ctx uintptr, mode int) int            { return pollNoError }
func runtime_pollSetDeadline(ctx uintptr, d int64, mode int) {}
func runtime_pollUnblock(ctx uintptr)                        {}
func runtime_isPollServerDescriptor(fd uintptr) bool         { return false }

// The fdMutex semaphores: waiters queue on channels (so deadlock detection sees them) in a table
// keyed by the semaphore's address.
var (
	semaLock  sync.Mutex
	semaTable map[*uint32][]chan struct{}
)

func runtime_Semacquire(sema *uint32) {
	for {
		semaLock.Lock()
		if *sema > 0 {
			*sema--
			semaLock.Unlock()
			return
		}
		if semaTable == nil {
			semaTable = make(map[*uint32][]chan struct{})
		}
		ch := make(chan struct{})
		semaTable[sema] = append(semaTable[sema], ch)
		semaLock.Unlock()
		<-ch
	}
}

func runtime_Semrelease(sema *uint32) {
	semaLock.Lock()
	*sema++
	w := semaTable[sema]
	if len(w) == 0 {
		semaLock.Unlock()
		return
	}
	ch := w[0]
	if len(w) == 1 {
		delete(semaTable, sema)
	} else {
		semaTable[sema] = w[1:]
	}
	semaLock.Unlock()
	close(ch)
}
