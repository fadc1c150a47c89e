package runtime

// Program counters are numbers gava.runtime.CallerPcs hands out per distinct Go frame (function,
// file, line); pc-1 stands for the same frame, as Go code asks about the call instruction.

// Caller reports the function invocation skip frames up the calling goroutine's stack (0: the
// caller of Caller).
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	pc = callerPC(skip)
	if pc == 0 {
		return 0, "", 0, false
	}
	return pc, pcFile(pc), pcLine(pc), true
}

// Callers fills pc with the program counters of the calling goroutine's frames (0: Callers
// itself, 1: its caller) and returns how many it wrote.
//
//gava:java gava.runtime.RuntimePackage.callers
func Callers(skip int, pc []uintptr) int

// A Func describes a function.
type Func struct {
	pc uintptr
}

// FuncForPC returns the function of a program counter, or nil.
func FuncForPC(pc uintptr) *Func {
	if !validPC(pc) {
		return nil
	}
	return &Func{pc}
}

// Name returns the function's name as gc prints it: main.f, main.(*T).M, main.main.func1.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return pcFunc(f.pc)
}

// Entry returns the function's entry pc.
func (f *Func) Entry() uintptr {
	return entryPC(f.pc)
}

// FileLine returns the file and line of pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return pcFile(pc), pcLine(pc)
}

// A Frame is what Frames.Next returns for each frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames walks the frames of a Callers result.
type Frames struct {
	pcs []uintptr
}

// CallersFrames returns the frames of pcs returned by Callers.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers}
}

// Next returns the next frame and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.pcs) == 0 {
		return Frame{}, false
	}
	pc := ci.pcs[0] - 1
	ci.pcs = ci.pcs[1:]
	frame = Frame{PC: pc, Func: FuncForPC(pc), Function: pcFunc(pc), File: pcFile(pc), Line: pcLine(pc), Entry: entryPC(pc)}
	return frame, len(ci.pcs) > 0
}

// Stack formats the calling goroutine's traceback into buf (only that goroutine, even with all).
//
//gava:java gava.runtime.RuntimePackage.stack
func Stack(buf []byte, all bool) int

//gava:java gava.runtime.RuntimePackage.callerPC
func callerPC(skip int) uintptr

//gava:java gava.runtime.RuntimePackage.validPC
func validPC(pc uintptr) bool

//gava:java gava.runtime.RuntimePackage.pcFunc
func pcFunc(pc uintptr) string

//gava:java gava.runtime.RuntimePackage.pcFile
func pcFile(pc uintptr) string

//gava:java gava.runtime.RuntimePackage.pcLine
func pcLine(pc uintptr) int

//gava:java gava.runtime.RuntimePackage.entryPC
func entryPC(pc uintptr) uintptr
