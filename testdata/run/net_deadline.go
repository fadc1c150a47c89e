// Read deadlines: one that expires, one set in the past to abort a pending read, one cleared,
// and a read that ends because the connection is closed.
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"
)

func describe(err error) string {
	if err == nil {
		return "<nil>"
	}
	var ne net.Error
	timeout := errors.As(err, &ne) && ne.Timeout()
	var oe *net.OpError
	op := ""
	if errors.As(err, &oe) {
		op = oe.Op + " " + oe.Net
	}
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		msg = msg[i+2:]
	}
	return fmt.Sprintf("%q op=%q timeout=%v deadline=%v", msg, op, timeout, errors.Is(err, os.ErrDeadlineExceeded))
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	conns := make(chan net.Conn, 1)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns <- c
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	srv := <-conns

	// 1. A deadline that expires while the read waits.
	start := time.Now()
	c.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
	buf := make([]byte, 10)
	n, err := c.Read(buf)
	el := time.Since(start)
	fmt.Println("expired:", n, describe(err), el >= 90*time.Millisecond, el < 5*time.Second)

	// 2. Reads keep failing until the deadline is cleared; then data arrives.
	_, err = c.Read(buf)
	fmt.Println("still expired:", describe(err))
	c.SetReadDeadline(time.Time{})
	go func() {
		time.Sleep(50 * time.Millisecond)
		srv.Write([]byte("hello"))
	}()
	n, err = c.Read(buf)
	fmt.Println("after clearing:", string(buf[:n]), describe(err))

	// 3. A deadline in the past set by another goroutine aborts a pending read (net/http's abortPendingRead).
	done := make(chan string)
	go func() {
		_, err := c.Read(buf)
		done <- describe(err)
	}()
	time.Sleep(100 * time.Millisecond)
	c.SetReadDeadline(time.Unix(1, 0))
	fmt.Println("aborted:", <-done)
	c.SetReadDeadline(time.Time{})

	// 4. A write deadline in the past fails writes at once.
	c.SetWriteDeadline(time.Now().Add(-time.Second))
	_, err = c.Write([]byte("x"))
	fmt.Println("write past deadline:", describe(err))
	c.SetWriteDeadline(time.Time{})

	// 5. Closing the connection ends a pending read; the peer sees EOF.
	go func() {
		_, err := c.Read(buf)
		done <- describe(err)
	}()
	time.Sleep(100 * time.Millisecond)
	c.Close()
	fmt.Println("closed:", <-done)
	_, err = io.ReadAll(srv)
	fmt.Println("peer reads to EOF:", describe(err))
	srv.Close()

	// 6. Accept with a deadline.
	tl := ln.(*net.TCPListener)
	ln2, _ := net.Listen("tcp", "127.0.0.1:0")
	tl2 := ln2.(*net.TCPListener)
	tl2.SetDeadline(time.Now().Add(50 * time.Millisecond))
	_, err = tl2.Accept()
	fmt.Println("accept:", describe(err))
	ln2.Close()
	_, err = tl2.Accept()
	fmt.Println("accept after close:", describe(err))
	_ = tl
}
