// gava: the *at system calls os uses (RemoveAll walks directories by descriptor) on gava's Java
// file-descriptor layer (gava.runtime.Sys), and the linux/amd64 system call numbers.

//gava:include sysnum_linux_amd64.go

package unix

import "syscall"

func errOf(r int64) error {
	if r < 0 {
		return syscall.Errno(-r)
	}
	return nil
}

//gava:java gava.runtime.Sys.unlinkat
func sysUnlinkat(dirfd int, path string, flags int) int64

func Unlinkat(dirfd int, path string, flags int) error {
	return errOf(sysUnlinkat(dirfd, path, flags))
}

//gava:java gava.runtime.Sys.openat
func sysOpenat(dirfd int, path string, flags int, mode int64) int64

func Openat(dirfd int, path string, flags int, perm uint32) (int, error) {
	r := sysOpenat(dirfd, path, flags|syscall.O_LARGEFILE, int64(perm))
	if r < 0 {
		return -1, syscall.Errno(-r)
	}
	return int(r), nil
}

//gava:java gava.runtime.Sys.fstatat
func sysFstatat(dirfd int, path string, w []int64, flags int) int64

func Fstatat(dirfd int, path string, stat *syscall.Stat_t, flags int) error {
	var w [16]int64
	if r := sysFstatat(dirfd, path, w[:], flags); r < 0 {
		return syscall.Errno(-r)
	}
	*stat = syscall.Stat_t{
		Dev: uint64(w[0]), Ino: uint64(w[1]), Nlink: uint64(w[2]), Mode: uint32(w[3]),
		Uid: uint32(w[4]), Gid: uint32(w[5]), Rdev: uint64(w[6]), Size: w[7], Blksize: w[8], Blocks: w[9],
		Atim: syscall.Timespec{Sec: w[10], Nsec: w[11]},
		Mtim: syscall.Timespec{Sec: w[12], Nsec: w[13]},
		Ctim: syscall.Timespec{Sec: w[14], Nsec: w[15]},
	}
	return nil
}

//gava:java gava.runtime.Sys.getfl
func sysGetfl(fd int) int64

func IsNonblock(fd int) (nonblocking bool, err error) {
	r := sysGetfl(fd)
	if r < 0 {
		return false, syscall.Errno(-r)
	}
	return r&syscall.O_NONBLOCK != 0, nil
}

// CopyFileRange is not available: os falls back to reading and writing.
func CopyFileRange(rfd int, roff *int64, wfd int, woff *int64, len int, flags int) (n int, err error) {
	return 0, syscall.ENOSYS
}

// GetRandom is not available: crypto/rand falls back to /dev/urandom.
func GetRandom(p []byte, flags GetRandomFlag) (n int, err error) {
	return 0, syscall.ENOSYS
}
