package poll

// gava: the runtime hooks of internal/poll. Sockets are non-blocking and registered with the
// network poller (gava.runtime.NetPoll: a Java Selector thread; a waiting goroutine parks until
// its socket is ready, its deadline passes or it is closed, as with gc's netpoll). Other
// descriptors (files, pipes, standard input) are used in blocking mode: runtime_pollOpen refuses
// them, which makes their poll.FD blocking (FD.Init; a blocked read parks its goroutine, a virtual
// thread, only), and they have no deadlines (ErrNoDeadline).

import "sync"

//gava:java java.lang.System.nanoTime
func runtimeNano() int64

func runtime_pollServerInit() {}

//gava:java gava.runtime.NetPoll.open
func netpollOpen(fd uintptr) int64

// runtime_pollOpen registers a socket; any other descriptor is refused (EPERM, as epoll refuses
// regular files): its FD stays in blocking mode.
func runtime_pollOpen(fd uintptr) (uintptr, int) {
	r := netpollOpen(fd)
	if r < 0 {
		return 0, int(-r)
	}
	return uintptr(r), 0
}

//gava:java gava.runtime.NetPoll.close
func runtime_pollClose(ctx uintptr)

//gava:java gava.runtime.NetPoll.await
func runtime_pollWait(ctx uintptr, mode int) int

func runtime_pollWaitCanceled(ctx uintptr, mode int) {}

//gava:java gava.runtime.NetPoll.reset
func runtime_pollReset(ctx uintptr, mode int) int

//gava:java gava.runtime.NetPoll.setDeadline
func runtime_pollSetDeadline(ctx uintptr, d int64, mode int)

//gava:java gava.runtime.NetPoll.unblock
func runtime_pollUnblock(ctx uintptr)

func runtime_isPollServerDescriptor(fd uintptr) bool { return false }

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
