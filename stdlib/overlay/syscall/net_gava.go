package syscall

// Sockets on gava's Java socket layer (gava.runtime.Sockets over java.nio channels): stream
// sockets of AF_INET, AF_INET6 and AF_UNIX, datagram sockets of AF_INET and AF_INET6, with Linux's
// errno values. Addresses travel to and
// from Java as Linux sockaddr bytes (family little-endian in 0-1, port big-endian in 2-3, IPv4
// address at 4, IPv6 flow info at 4, address at 8, scope at 24, Unix path from 2). Each function
// replaces GOROOT's declaration of the same name (syscall_unix.go, syscall_linux.go,
// zsyscall_linux_amd64.go); socket options Java cannot set are recorded (getsockopt returns them).

const sizeofSockaddr = 112

// encodeSockaddr is what each Sockaddr's sockaddr method builds with unsafe pointers in gc.
func encodeSockaddr(sa Sockaddr) ([]byte, error) {
	b := make([]byte, sizeofSockaddr)
	switch sa := sa.(type) {
	case *SockaddrInet4:
		if sa.Port < 0 || sa.Port > 0xFFFF {
			return nil, EINVAL
		}
		b[0] = AF_INET
		b[2], b[3] = byte(sa.Port>>8), byte(sa.Port)
		copy(b[4:8], sa.Addr[:])
		return b[:16], nil
	case *SockaddrInet6:
		if sa.Port < 0 || sa.Port > 0xFFFF {
			return nil, EINVAL
		}
		b[0] = AF_INET6
		b[2], b[3] = byte(sa.Port>>8), byte(sa.Port)
		copy(b[8:24], sa.Addr[:])
		b[24], b[25], b[26], b[27] = byte(sa.ZoneId), byte(sa.ZoneId>>8), byte(sa.ZoneId>>16), byte(sa.ZoneId>>24)
		return b[:28], nil
	case *SockaddrUnix:
		name := sa.Name
		if len(name) > 108 {
			return nil, EINVAL
		}
		if len(name) > 0 && name[0] == '@' {
			return nil, EINVAL // abstract names: not supported by Java
		}
		b[0] = AF_UNIX
		copy(b[2:], name)
		return b[:2+len(name)+1], nil
	case nil:
		return nil, EINVAL
	}
	return nil, EAFNOSUPPORT
}

// decodeSockaddr is anyToSockaddr on the bytes Java wrote.
func decodeSockaddr(b []byte) (Sockaddr, error) {
	switch int(b[0]) | int(b[1])<<8 {
	case AF_INET:
		sa := new(SockaddrInet4)
		sa.Port = int(b[2])<<8 | int(b[3])
		copy(sa.Addr[:], b[4:8])
		return sa, nil
	case AF_INET6:
		sa := new(SockaddrInet6)
		sa.Port = int(b[2])<<8 | int(b[3])
		copy(sa.Addr[:], b[8:24])
		sa.ZoneId = uint32(b[24]) | uint32(b[25])<<8 | uint32(b[26])<<16 | uint32(b[27])<<24
		return sa, nil
	case AF_UNIX:
		if b[2] == 0 {
			return &SockaddrUnix{Name: "@"}, nil // unnamed: gc's anyToSockaddr shows "@" too
		}
		n := 2
		for n < len(b) && b[n] != 0 {
			n++
		}
		return &SockaddrUnix{Name: string(b[2:n])}, nil
	}
	return nil, EAFNOSUPPORT
}

//gava:java gava.runtime.Sockets.socket
func sysSocket(domain, typ, proto int) int64

func socket(domain int, typ int, proto int) (fd int, err error) {
	return result(sysSocket(domain, typ, proto))
}

//gava:java gava.runtime.Sockets.bind
func sysBind(fd int, sa []byte) int64

func Bind(fd int, sa Sockaddr) (err error) {
	b, err := encodeSockaddr(sa)
	if err != nil {
		return err
	}
	return errOf(sysBind(fd, b))
}

//gava:java gava.runtime.Sockets.connect
func sysConnect(fd int, sa []byte) int64

func Connect(fd int, sa Sockaddr) (err error) {
	b, err := encodeSockaddr(sa)
	if err != nil {
		return err
	}
	return errOf(sysConnect(fd, b))
}

//gava:java gava.runtime.Sockets.listen
func sysListen(fd int, backlog int) int64

func Listen(s int, n int) (err error) { return errOf(sysListen(s, n)) }

//gava:java gava.runtime.Sockets.accept
func sysAccept(fd int, sa []byte, flags int) int64

func Accept(fd int) (nfd int, sa Sockaddr, err error) { return Accept4(fd, 0) }

func Accept4(fd int, flags int) (nfd int, sa Sockaddr, err error) {
	b := make([]byte, sizeofSockaddr)
	r := sysAccept(fd, b, flags)
	if r < 0 {
		return -1, nil, Errno(-r)
	}
	sa, err = decodeSockaddr(b)
	if err != nil {
		Close(int(r))
		return 0, nil, err
	}
	return int(r), sa, nil
}

//gava:java gava.runtime.Sockets.name
func sysSockname(fd int, sa []byte, peer bool) int64

func Getsockname(fd int) (sa Sockaddr, err error) {
	b := make([]byte, sizeofSockaddr)
	if r := sysSockname(fd, b, false); r < 0 {
		return nil, Errno(-r)
	}
	return decodeSockaddr(b)
}

func Getpeername(fd int) (sa Sockaddr, err error) {
	b := make([]byte, sizeofSockaddr)
	if r := sysSockname(fd, b, true); r < 0 {
		return nil, Errno(-r)
	}
	return decodeSockaddr(b)
}

//gava:java gava.runtime.Sockets.getsockopt
func sysGetsockopt(fd, level, opt int, v []int64) int64

//gava:java gava.runtime.Sockets.setsockopt
func sysSetsockopt(fd, level, opt int, value int64) int64

func GetsockoptInt(fd, level, opt int) (value int, err error) {
	var v [1]int64
	if r := sysGetsockopt(fd, level, opt, v[:]); r < 0 {
		return 0, Errno(-r)
	}
	return int(int32(v[0])), nil
}

func SetsockoptInt(fd, level, opt int, value int) (err error) {
	return errOf(sysSetsockopt(fd, level, opt, int64(int32(value))))
}

func SetsockoptByte(fd, level, opt int, value byte) (err error) {
	return errOf(sysSetsockopt(fd, level, opt, int64(value)))
}

func SetsockoptLinger(fd, level, opt int, l *Linger) (err error) {
	v := int64(-1)
	if l.Onoff != 0 {
		v = int64(l.Linger)
	}
	return errOf(sysSetsockopt(fd, level, opt, v))
}

// SetsockoptTimeval records the timeout in microseconds (SO_RCVTIMEO, SO_SNDTIMEO: not applied).
func SetsockoptTimeval(fd, level, opt int, tv *Timeval) (err error) {
	return errOf(sysSetsockopt(fd, level, opt, tv.Sec*1e6+tv.Usec))
}

//gava:java gava.runtime.Sockets.shutdown
func sysShutdown(fd int, how int) int64

func Shutdown(fd int, how int) (err error) { return errOf(sysShutdown(fd, how)) }

//gava:java gava.runtime.Sockets.recvfrom
func sysRecvfrom(fd int, p []byte, sa []byte) int64

//gava:java gava.runtime.Sockets.sendto
func sysSendto(fd int, p []byte, sa []byte) int64

// Recvfrom: from is nil for a stream socket (flags are ignored).
func Recvfrom(fd int, p []byte, flags int) (n int, from Sockaddr, err error) {
	b := make([]byte, sizeofSockaddr)
	r := sysRecvfrom(fd, p, b)
	if r < 0 {
		return -1, nil, Errno(-r)
	}
	if b[0] != 0 {
		from, err = decodeSockaddr(b)
	}
	return int(r), from, err
}

// Sendto: to nil sends to the connected peer (flags are ignored).
func Sendto(fd int, p []byte, flags int, to Sockaddr) (err error) {
	var b []byte
	if to != nil {
		if b, err = encodeSockaddr(to); err != nil {
			return err
		}
	}
	return errOf(sysSendto(fd, p, b))
}

// The message calls carry no ancillary data (oob is neither sent nor filled: oobn is 0); otherwise
// they are Recvfrom and Sendto (gc's versions build msghdrs with unsafe pointers).
func Recvmsg(fd int, p, oob []byte, flags int) (n, oobn int, recvflags int, from Sockaddr, err error) {
	n, from, err = Recvfrom(fd, p, flags)
	return n, 0, 0, from, err
}

func Sendmsg(fd int, p, oob []byte, to Sockaddr, flags int) (err error) {
	_, err = SendmsgN(fd, p, oob, to, flags)
	return err
}

func SendmsgN(fd int, p, oob []byte, to Sockaddr, flags int) (n int, err error) {
	if err = Sendto(fd, p, flags, to); err != nil {
		return 0, err
	}
	return len(p), nil
}

//gava:java gava.runtime.Sockets.setfl
func sysSetfl(fd int, flags int) int64

// Splice answers EINVAL, which internal/poll reads as "not for this kind of descriptor": TCPConn's
// ReadFrom then copies through a buffer (gava's descriptors are Java channels). Sendfile stays
// GOROOT's (ENOSYS), on which internal/poll falls back the same way.
func Splice(rfd int, roff *int64, wfd int, woff *int64, len int, flags int) (n int64, err error) {
	return 0, EINVAL
}
