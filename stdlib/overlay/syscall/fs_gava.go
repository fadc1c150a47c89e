package syscall

// The system calls os, internal/poll and time use, on gava's Java file-descriptor layer
// (gava.runtime.Sys, gava.runtime.Fds). Each Java method returns its result or a negated errno;
// these wrappers return gc's (value, Errno) pairs. Each replaces the GOROOT declaration of the same
// name (zsyscall_linux_amd64.go, syscall_linux*.go); the other GOROOT wrappers stay and reach
// RawSyscall6, which answers ENOSYS.

func result(r int64) (int, error) {
	if r < 0 {
		return -1, Errno(-r)
	}
	return int(r), nil
}

func errOf(r int64) error {
	if r < 0 {
		return Errno(-r)
	}
	return nil
}

//gava:java gava.runtime.Sys.openat
func sysOpenat(dirfd int, path string, flags int, mode int64) int64

func openat(dirfd int, path string, flags int, mode uint32) (fd int, err error) {
	return result(sysOpenat(dirfd, path, flags, int64(mode)))
}

//gava:java gava.runtime.Sys.close
func sysClose(fd int) int64

func Close(fd int) (err error) { return errOf(sysClose(fd)) }

//gava:java gava.runtime.Sys.dup
func sysDup(fd int, min int) int64

func Dup(oldfd int) (fd int, err error) { return result(sysDup(oldfd, 0)) }

//gava:java gava.runtime.Sys.read
func sysRead(fd int, p []byte) int64

func read(fd int, p []byte) (n int, err error) { return result(sysRead(fd, p)) }

//gava:java gava.runtime.Sys.write
func sysWrite(fd int, p []byte) int64

func write(fd int, p []byte) (n int, err error) { return result(sysWrite(fd, p)) }

//gava:java gava.runtime.Sys.pread
func sysPread(fd int, p []byte, offset int64) int64

func pread(fd int, p []byte, offset int64) (n int, err error) {
	return result(sysPread(fd, p, offset))
}

//gava:java gava.runtime.Sys.pwrite
func sysPwrite(fd int, p []byte, offset int64) int64

func pwrite(fd int, p []byte, offset int64) (n int, err error) {
	return result(sysPwrite(fd, p, offset))
}

//gava:java gava.runtime.Sys.seek
func sysSeek(fd int, offset int64, whence int) int64

func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r := sysSeek(fd, offset, whence)
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

//gava:java gava.runtime.Sys.fsync
func sysFsync(fd int) int64

func Fsync(fd int) (err error) { return errOf(sysFsync(fd)) }

//gava:java gava.runtime.Sys.ftruncate
func sysFtruncate(fd int, length int64) int64

func Ftruncate(fd int, length int64) (err error) { return errOf(sysFtruncate(fd, length)) }

//gava:java gava.runtime.Sys.truncatePath
func sysTruncate(path string, length int64) int64

func Truncate(path string, length int64) (err error) { return errOf(sysTruncate(path, length)) }

// fcntl: F_GETFL answers the open flags, F_DUPFD/F_DUPFD_CLOEXEC duplicate, the rest (close-on-exec,
// non-blocking mode: descriptors are not inherited and every read blocks its goroutine only) succeed.
func fcntl(fd int, cmd int, arg int) (val int, err error) {
	switch cmd {
	case F_GETFL:
		return result(sysGetfl(fd))
	case F_DUPFD, F_DUPFD_CLOEXEC:
		return result(sysDup(fd, arg))
	case F_SETFL:
		return result(sysSetfl(fd, arg)) // O_NONBLOCK of a socket (net_gava.go)
	}
	return result(sysValid(fd))
}

//gava:java gava.runtime.Sys.getfl
func sysGetfl(fd int) int64

//gava:java gava.runtime.Sys.valid
func sysValid(fd int) int64

//gava:java gava.runtime.Sys.pipe
func sysPipe(p []int) int64

func Pipe(p []int) error { return Pipe2(p, 0) }

func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	return errOf(sysPipe(p))
}

// stat results come as 16 words (gava.runtime.Sys.fstatat).
func fillStat(st *Stat_t, w *[16]int64) {
	*st = Stat_t{}
	st.Dev = uint64(w[0])
	st.Ino = uint64(w[1])
	st.Nlink = uint64(w[2])
	st.Mode = uint32(w[3])
	st.Uid = uint32(w[4])
	st.Gid = uint32(w[5])
	st.Rdev = uint64(w[6])
	st.Size = w[7]
	st.Blksize = w[8]
	st.Blocks = w[9]
	st.Atim = Timespec{Sec: w[10], Nsec: w[11]}
	st.Mtim = Timespec{Sec: w[12], Nsec: w[13]}
	st.Ctim = Timespec{Sec: w[14], Nsec: w[15]}
}

//gava:java gava.runtime.Sys.fstatat
func sysFstatat(dirfd int, path string, w []int64, flags int) int64

//gava:java gava.runtime.Sys.fstat
func sysFstat(fd int, w []int64) int64

func fstatat(fd int, path string, stat *Stat_t, flags int) (err error) {
	var w [16]int64
	if r := sysFstatat(fd, path, w[:], flags); r < 0 {
		return Errno(-r)
	}
	fillStat(stat, &w)
	return nil
}

func Fstat(fd int, stat *Stat_t) (err error) {
	var w [16]int64
	if r := sysFstat(fd, w[:]); r < 0 {
		return Errno(-r)
	}
	fillStat(stat, &w)
	return nil
}

//gava:java gava.runtime.Sys.mkdirat
func sysMkdirat(dirfd int, path string, mode int64) int64

func Mkdirat(dirfd int, path string, mode uint32) (err error) {
	return errOf(sysMkdirat(dirfd, path, int64(mode)))
}

//gava:java gava.runtime.Sys.unlinkat
func sysUnlinkat(dirfd int, path string, flags int) int64

func unlinkat(dirfd int, path string, flags int) (err error) {
	return errOf(sysUnlinkat(dirfd, path, flags))
}

//gava:java gava.runtime.Sys.rename
func sysRename(from, to string) int64

func Rename(oldpath string, newpath string) (err error) { return errOf(sysRename(oldpath, newpath)) }

//gava:java gava.runtime.Sys.readlink
func sysReadlink(path string, buf []byte) int64

func Readlink(path string, buf []byte) (n int, err error) { return result(sysReadlink(path, buf)) }

//gava:java gava.runtime.Sys.symlink
func sysSymlink(target, link string) int64

func Symlink(oldpath string, newpath string) (err error) { return errOf(sysSymlink(oldpath, newpath)) }

//gava:java gava.runtime.Sys.link
func sysLink(from, to string) int64

func Link(oldpath string, newpath string) (err error) { return errOf(sysLink(oldpath, newpath)) }

//gava:java gava.runtime.Sys.chmod
func sysChmod(fd int, path string, mode int64) int64

func Chmod(path string, mode uint32) (err error) { return errOf(sysChmod(-1, path, int64(mode))) }
func Fchmod(fd int, mode uint32) (err error)     { return errOf(sysChmod(fd, "", int64(mode))) }

//gava:java gava.runtime.Sys.chown
func sysChown(fd int, path string, uid, gid int, nofollow bool) int64

func Chown(path string, uid int, gid int) (err error) {
	return errOf(sysChown(-1, path, uid, gid, false))
}
func Lchown(path string, uid int, gid int) (err error) {
	return errOf(sysChown(-1, path, uid, gid, true))
}
func Fchown(fd int, uid int, gid int) (err error) { return errOf(sysChown(fd, "", uid, gid, false)) }

//gava:java gava.runtime.Sys.utimes
func sysUtimes(path string, atime, mtime int64, nofollow bool) int64

func UtimesNano(path string, ts []Timespec) (err error) {
	if len(ts) != 2 {
		return EINVAL
	}
	return errOf(sysUtimes(path, timespecNs(ts[0]), timespecNs(ts[1]), false))
}

func Utimes(path string, tv []Timeval) (err error) {
	if len(tv) != 2 {
		return EINVAL
	}
	return errOf(sysUtimes(path, tv[0].Nano(), tv[1].Nano(), false))
}

func timespecNs(t Timespec) int64 {
	if t.Nsec == (1<<30)-2 { // UTIME_OMIT
		return -1
	}
	return t.Nano()
}

//gava:java gava.runtime.Sys.getdents
func sysGetdents(fd int, buf []byte) int64

func Getdents(fd int, buf []byte) (n int, err error) { return result(sysGetdents(fd, buf)) }

//gava:java gava.runtime.Sys.getwd
func sysGetwd() string

func Getwd() (wd string, err error) { return sysGetwd(), nil }

func Getcwd(buf []byte) (n int, err error) {
	wd := sysGetwd()
	if len(wd)+1 > len(buf) {
		return -1, ERANGE
	}
	copy(buf, wd)
	buf[len(wd)] = 0
	return len(wd) + 1, nil
}

//gava:java gava.runtime.Sys.chdir
func sysChdir(fd int, path string) int64

func Chdir(path string) (err error) { return errOf(sysChdir(-1, path)) }
func Fchdir(fd int) (err error)     { return errOf(sysChdir(fd, "")) }
