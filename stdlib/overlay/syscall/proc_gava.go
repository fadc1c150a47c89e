package syscall

import "unsafe"

// The process-level calls (ids, environment, exit, signals, limits) and the runtime hooks
// syscall declares without body in gc, on gava.runtime.Sys.

//gava:java gava.runtime.Sys.environ
func runtime_envs() []string

// setenv_c and unsetenv_c tell C code about environment changes: there is none.
func setenv_c(k, v string) {}
func unsetenv_c(k string)  {}

func runtime_BeforeFork()       {}
func runtime_AfterFork()        {}
func runtime_AfterForkInChild() {}
func runtime_BeforeExec()       {}
func runtime_AfterExec()        {}
func runtime_entersyscall()     {}
func runtime_exitsyscall()      {}

// RawSyscall6 is reached only by the GOROOT wrappers gava does not replace: not supported.
func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	return ^uintptr(0), 0, ENOSYS
}

func rawSyscallNoError(trap, a1, a2, a3 uintptr) (r1, r2 uintptr) { return ^uintptr(0), 0 }

func runtime_doAllThreadsSyscall(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, err uintptr) {
	return ^uintptr(0), 0, uintptr(ENOSYS)
}

func rawVforkSyscall(trap, a1 uintptr) (r1 uintptr, err Errno) { return ^uintptr(0), ENOSYS }

//gava:java java.lang.System.currentTimeMillis
func currentTimeMillis() int64

func gettimeofday(tv *Timeval) (err Errno) {
	*tv = NsecToTimeval(currentTimeMillis() * 1e6)
	return 0
}

func Getpagesize() int { return 4096 }

//gava:java gava.runtime.Sys.exit
func Exit(code int)

//gava:java gava.runtime.Sys.getpid
func sysGetpid() int64

//gava:java gava.runtime.Sys.getppid
func sysGetppid() int64

//gava:java gava.runtime.Sys.id
func sysID(which string) int64

//gava:java gava.runtime.Sys.groups
func sysGroups() []int64

func Getpid() (pid int)   { return int(sysGetpid()) }
func Getppid() (ppid int) { return int(sysGetppid()) }
func Getuid() (uid int)   { return int(sysID("uid")) }
func Geteuid() (euid int) { return int(sysID("uid")) }
func Getgid() (gid int)   { return int(sysID("gid")) }
func Getegid() (egid int) { return int(sysID("gid")) }

func Getgroups() (gids []int, err error) {
	for _, g := range sysGroups() {
		gids = append(gids, int(g))
	}
	return gids, nil
}

//gava:java gava.runtime.Sys.kill
func sysKill(pid int, sig int) int64

func Kill(pid int, sig Signal) (err error) { return errOf(sysKill(pid, int(sig))) }

//gava:java gava.runtime.Sys.hostname
func sysHostname() string

//gava:java gava.runtime.Sys.osRelease
func sysOSRelease() string

func Uname(buf *Utsname) (err error) {
	*buf = Utsname{}
	putUtsname(buf.Sysname[:], "Linux")
	putUtsname(buf.Nodename[:], sysHostname())
	putUtsname(buf.Release[:], sysOSRelease())
	putUtsname(buf.Version[:], "#1")
	putUtsname(buf.Machine[:], "x86_64")
	return nil
}

func putUtsname(dst []int8, s string) {
	for i := 0; i < len(s) && i < len(dst)-1; i++ {
		dst[i] = int8(s[i])
	}
}

// The JVM manages its own descriptor limits: report a limit that needs no raising.
func Getrlimit(resource int, rlim *Rlimit) (err error) {
	rlim.Cur = 1 << 20
	rlim.Max = 1 << 20
	return nil
}

func Setrlimit(resource int, rlim *Rlimit) (err error) { return nil }

func Umask(mask int) (oldmask int) { return 022 }

// cgocaller is the runtime's entry for cgo calls: there is no cgo.
func cgocaller(unsafe.Pointer, ...uintptr) uintptr { return 0 }

// Memory mapping needs addresses: not supported.
func (m *mmapper) Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error) {
	return nil, ENOSYS
}

func (m *mmapper) Munmap(data []byte) (err error) { return EINVAL }

// data points into a control message buffer: not supported (no address arithmetic).
func (h *Cmsghdr) data(offset uintptr) unsafe.Pointer { return nil }

//gava:java gava.runtime.Procs.spawn
func sysSpawn(argv0 string, argv []string, env []string, dir string, files []int64) int64

// forkExec starts a child process with java.lang.ProcessBuilder (gava.runtime.Procs): descriptors
// 0-2 of attr.Files become its standard streams; attr.Sys and further descriptors are ignored.
func forkExec(argv0 string, argv []string, attr *ProcAttr) (pid int, err error) {
	if attr == nil {
		attr = &zeroProcAttr
	}
	files := make([]int64, len(attr.Files))
	for i, f := range attr.Files {
		files[i] = int64(f)
	}
	return result(sysSpawn(argv0, argv, attr.Env, attr.Dir, files))
}

//gava:java gava.runtime.Procs.wait4
func sysWait4(pid int, st []int64, options int) int64

func wait4(pid int, wstatus *_C_int, options int, rusage *Rusage) (wpid int, err error) {
	var st [1]int64
	r := sysWait4(pid, st[:], options)
	if r < 0 {
		return -1, Errno(-r)
	}
	if wstatus != nil {
		*wstatus = _C_int(st[0])
	}
	return int(r), nil
}
