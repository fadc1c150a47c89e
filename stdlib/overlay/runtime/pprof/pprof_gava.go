package pprof

import (
	"runtime"
	"unsafe"
)

// gava: the runtime hooks of runtime/pprof (gc: //go:linkname into the runtime). The runtime
// overlay records no profiles: the CPU profile reader is at its end at once, the goroutine
// profile is empty, and the profiling label is one per process.

// readProfile returns no CPU samples, and the end of the profile.
func readProfile() (data []uint64, tags []unsafe.Pointer, eof bool) {
	return nil, nil, true
}

// runtime_goroutineProfileWithLabels reports no goroutine records.
func runtime_goroutineProfileWithLabels(p []runtime.StackRecord, labels []unsafe.Pointer) (n int, ok bool) {
	return 0, true
}

// runtime_cyclesPerSecond: the cycle counter of the block profile counts nanoseconds.
func runtime_cyclesPerSecond() int64 { return 1e9 }

// runtime_expandFinalInlineFrame: gava's pcs are frames already (no inlining to expand).
func runtime_expandFinalInlineFrame(stk []uintptr) []uintptr { return stk }

var profLabel unsafe.Pointer

// runtime_setProfLabel records the labels (gc: per goroutine, gava: per process).
func runtime_setProfLabel(labels unsafe.Pointer) { profLabel = labels }

// runtime_getProfLabel returns the labels runtime_setProfLabel recorded.
func runtime_getProfLabel() unsafe.Pointer { return profLabel }
