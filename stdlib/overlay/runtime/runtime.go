//gava:replace-package

// Package runtime is gava's replacement of Go's runtime package: the public API that programs and
// the standard library use, in Go where Go can say it, else bound with //gava:java to the Java
// runtime (gava.runtime.Go, gava.runtime.RuntimePackage). gc's runtime is not compiled.
package runtime

// GOOS is the operating system the std is built for (gava builds the std for linux).
const GOOS = "linux"

// GOARCH is the architecture the std is built for: "jvm", which the std does not know, so that it
// chooses its portable Go files (64-bit, little-endian).
const GOARCH = "jvm"

// Compiler is the toolchain that built the program: "gava". Programs that test for gc-only
// behaviour (escape analysis, the go tool, finalizer timing) skip it, as they do for gccgo.
const Compiler = "gava"

// Version returns the version of the Go standard library gava compiles programs against.
func Version() string {
	return "go1.19"
}

// GOROOT returns $GOROOT (or the system property gava.goroot).
//
//gava:java gava.runtime.RuntimePackage.goroot
func GOROOT() string

// Gosched yields the processor, letting other goroutines run.
//
//gava:java gava.runtime.Go.gosched
func Gosched()

// GC asks the JVM to collect garbage.
//
//gava:java gava.runtime.RuntimePackage.gc
func GC()

// NumGoroutine returns the number of goroutines that exist.
//
//gava:java gava.runtime.Go.numGoroutine
func NumGoroutine() int

// NumCPU returns the number of processors the JVM may use.
//
//gava:java gava.runtime.RuntimePackage.numCPU
func NumCPU() int

// GOMAXPROCS returns the previous setting; n < 1 does not change it. The setting is recorded only.
//
//gava:java gava.runtime.RuntimePackage.gomaxprocs
func GOMAXPROCS(n int) int

// Goexit ends the calling goroutine after running its deferred calls.
//
//gava:java gava.runtime.RuntimePackage.goexit
func Goexit()

// KeepAlive marks its argument as reachable (nothing to do on the JVM).
//
//gava:java gava.runtime.RuntimePackage.keepAlive
func KeepAlive(x any)

// SetFinalizer is accepted; finalizers never run (Go does not promise that they do).
//
//gava:java gava.runtime.RuntimePackage.setFinalizer
func SetFinalizer(obj any, finalizer any)

// LockOSThread does nothing: goroutines are virtual threads, not tied to OS threads.
//
//gava:java gava.runtime.RuntimePackage.lockOSThread
func LockOSThread()

// UnlockOSThread does nothing.
//
//gava:java gava.runtime.RuntimePackage.unlockOSThread
func UnlockOSThread()

// Breakpoint panics: there is no debugger to trap into.
//
//gava:java gava.runtime.RuntimePackage.breakpoint
func Breakpoint()
