// syscall.Mmap gives a byte slice of the mapping's length; Mprotect and Munmap check their
// arguments (the window between PROT_NONE guard pages is used as bytes' boundary tests do).
package main

import (
	"bytes"
	"fmt"
	"os"
	"syscall"
)

func main() {
	ps := syscall.Getpagesize()
	b, err := syscall.Mmap(-1, 0, 3*ps, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANONYMOUS|syscall.MAP_PRIVATE)
	fmt.Println(len(b), err, bytes.Count(b, []byte{0}) == len(b))
	fmt.Println(syscall.Mprotect(b[:ps], syscall.PROT_NONE), syscall.Mprotect(b[2*ps:], syscall.PROT_NONE))
	w := b[ps : 2*ps]
	for i := range w {
		w[i] = 'A'
	}
	fmt.Println(bytes.IndexByte(w, 'B'), bytes.Equal(w[:10], w[len(w)-10:]), b[ps] == 'A')
	fmt.Println(syscall.Munmap(b))
	_, err = syscall.Mmap(-1, 0, 0, syscall.PROT_READ, syscall.MAP_ANONYMOUS|syscall.MAP_PRIVATE)
	fmt.Println(err)

	f, _ := os.CreateTemp("", "gtmmap")
	defer os.Remove(f.Name())
	f.WriteString("hello, mapped file")
	m, err := syscall.Mmap(int(f.Fd()), 0, 32, syscall.PROT_READ, syscall.MAP_PRIVATE)
	fmt.Printf("%q %v\n", bytes.TrimRight(m, "\x00"), err)
	f.Close()
}
