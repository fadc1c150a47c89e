package debug

// gava: the runtime hooks of runtime/debug. The JVM manages memory, stacks and threads: the
// settings are recorded and their previous values returned as gc's defaults say; there are no GC
// pause records, no heap dumps and no build information (ReadBuildInfo reports ok == false).

import (
	"runtime"
	"sync"
	"time"
)

var (
	settingsMu   sync.Mutex
	gcPercent    int32 = 100
	maxStack           = 1000000000
	maxThreads         = 10000
	panicOnFault bool
	memoryLimit  int64 = 1<<63 - 1
)

// readGCStats stores no pauses: LastGC, NumGC and PauseTotal are zero.
func readGCStats(pauses *[]time.Duration) {
	p := (*pauses)[:3]
	p[0], p[1], p[2] = 0, 0, 0
	*pauses = p
}

func freeOSMemory() { runtime.GC() }

func setMaxStack(n int) int {
	settingsMu.Lock()
	defer settingsMu.Unlock()
	old := maxStack
	maxStack = n
	return old
}

func setGCPercent(p int32) int32 {
	settingsMu.Lock()
	defer settingsMu.Unlock()
	old := gcPercent
	if p < 0 {
		p = -1
	}
	gcPercent = p
	return old
}

func setPanicOnFault(b bool) bool {
	settingsMu.Lock()
	defer settingsMu.Unlock()
	old := panicOnFault
	panicOnFault = b
	return old
}

func setMaxThreads(n int) int {
	settingsMu.Lock()
	defer settingsMu.Unlock()
	old := maxThreads
	maxThreads = n
	return old
}

func setMemoryLimit(n int64) int64 {
	settingsMu.Lock()
	defer settingsMu.Unlock()
	old := memoryLimit
	if n >= 0 {
		memoryLimit = n
	}
	return old
}

// WriteHeapDump writes nothing: the JVM's heap has no Go heap dump format.
func WriteHeapDump(fd uintptr) {}

// SetTraceback is accepted and ignored (gava prints gc's default traceback).
func SetTraceback(level string) {}

func modinfo() string { return "" }
