package syscall

// Memory mappings on the JVM, which has no page tables to map or protect: Mmap returns an
// ordinary byte slice of the mapping's length (zeroed for MAP_ANONYMOUS; for a file, a copy of
// its bytes from offset, zero past its end), so code that reads and writes inside the window it
// mapped behaves as with gc. Protections are not enforced: Mprotect only checks its arguments
// (PROT_NONE guard pages, as bytes' boundary tests use, cannot fault), and Munmap releases
// nothing (the slice lives while referenced). A writable MAP_SHARED mapping of a file, whose
// writes gc carries to the file, is refused with ENODEV.

func Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error) {
	if length <= 0 || offset < 0 || offset%int64(Getpagesize()) != 0 {
		return nil, EINVAL
	}
	if flags&(MAP_SHARED|MAP_PRIVATE) == 0 {
		return nil, EINVAL
	}
	b := make([]byte, length)
	if flags&MAP_ANONYMOUS != 0 {
		return b, nil
	}
	if flags&MAP_SHARED != 0 && prot&PROT_WRITE != 0 {
		return nil, ENODEV
	}
	for n := 0; n < length; {
		m, err := Pread(fd, b[n:], offset+int64(n))
		if err != nil {
			return nil, err
		}
		if m == 0 {
			break
		}
		n += m
	}
	return b, nil
}

func Munmap(b []byte) (err error) {
	if len(b) == 0 {
		return EINVAL
	}
	return nil
}

func Mprotect(b []byte, prot int) (err error) {
	if prot&^(PROT_READ|PROT_WRITE|PROT_EXEC) != 0 {
		return EINVAL
	}
	return nil
}
