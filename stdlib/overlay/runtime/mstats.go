package runtime

// MemStats records statistics about the memory allocator. gava fills the fields the JVM's
// Runtime can tell (heap in use, heap held, collections) and Mallocs (slice allocations counted
// by gava.runtime.Allocs); the others stay zero.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m.
func ReadMemStats(m *MemStats) {
	inUse := uint64(heapInUse())
	held := uint64(heapCommitted())
	m.Alloc = inUse
	m.TotalAlloc = inUse
	m.Sys = held
	m.HeapAlloc = inUse
	m.HeapSys = held
	m.HeapInuse = inUse
	m.HeapIdle = held - inUse
	m.NextGC = uint64(heapMax())
	m.NumGC = uint32(gcCount())
	m.NumForcedGC = uint32(forcedGcCount())
	m.EnableGC = true
	m.Mallocs = uint64(mallocs())
}

// MemProfileRate is accepted and unused: gava keeps no memory profile.
var MemProfileRate int = 512 * 1024

// A MemProfileRecord describes the live objects allocated by a particular call sequence.
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

// InUseBytes returns the number of bytes in use.
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use.
func (r *MemProfileRecord) InUseObjects() int64 { return r.AllocObjects - r.FreeObjects }

// Stack returns the stack trace associated with the record.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfile reports no records: gava keeps no memory profile.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) {
	return 0, true
}

//gava:java gava.runtime.RuntimePackage.heapInUse
func heapInUse() int

//gava:java gava.runtime.RuntimePackage.heapCommitted
func heapCommitted() int

//gava:java gava.runtime.RuntimePackage.heapMax
func heapMax() int

//gava:java gava.runtime.Allocs.mallocs
func mallocs() int

//gava:java gava.runtime.RuntimePackage.gcCount
func gcCount() int

//gava:java gava.runtime.RuntimePackage.forcedGcCount
func forcedGcCount() int
