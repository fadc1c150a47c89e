package unix

import "syscall"

// gc's linknames into syscall for net's UDP paths: through syscall's Sendto, Recvfrom, SendmsgN
// and Recvmsg (gava.runtime.Sockets; no ancillary data).

func RecvfromInet4(fd int, p []byte, flags int, from *syscall.SockaddrInet4) (int, error) {
	n, sa, err := syscall.Recvfrom(fd, p, flags)
	if err != nil {
		return n, err
	}
	if a, ok := sa.(*syscall.SockaddrInet4); ok && from != nil {
		*from = *a
	}
	return n, nil
}

func RecvfromInet6(fd int, p []byte, flags int, from *syscall.SockaddrInet6) (n int, err error) {
	n, sa, err := syscall.Recvfrom(fd, p, flags)
	if err != nil {
		return n, err
	}
	if a, ok := sa.(*syscall.SockaddrInet6); ok && from != nil {
		*from = *a
	}
	return n, nil
}

func SendtoInet4(fd int, p []byte, flags int, to *syscall.SockaddrInet4) (err error) {
	return syscall.Sendto(fd, p, flags, to)
}

func SendtoInet6(fd int, p []byte, flags int, to *syscall.SockaddrInet6) (err error) {
	return syscall.Sendto(fd, p, flags, to)
}

func SendmsgNInet4(fd int, p, oob []byte, to *syscall.SockaddrInet4, flags int) (n int, err error) {
	return syscall.SendmsgN(fd, p, oob, to, flags)
}

func SendmsgNInet6(fd int, p, oob []byte, to *syscall.SockaddrInet6, flags int) (n int, err error) {
	return syscall.SendmsgN(fd, p, oob, to, flags)
}

func RecvmsgInet4(fd int, p, oob []byte, flags int, from *syscall.SockaddrInet4) (n, oobn int, recvflags int, err error) {
	n, oobn, recvflags, sa, err := syscall.Recvmsg(fd, p, oob, flags)
	if a, ok := sa.(*syscall.SockaddrInet4); ok && from != nil {
		*from = *a
	}
	return n, oobn, recvflags, err
}

func RecvmsgInet6(fd int, p, oob []byte, flags int, from *syscall.SockaddrInet6) (n, oobn int, recvflags int, err error) {
	n, oobn, recvflags, sa, err := syscall.Recvmsg(fd, p, oob, flags)
	if a, ok := sa.(*syscall.SockaddrInet6); ok && from != nil {
		*from = *a
	}
	return n, oobn, recvflags, err
}
