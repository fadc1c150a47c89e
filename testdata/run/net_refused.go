// Connection errors: dialing a port nobody listens on, listening on a port in use, bad addresses.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	port := ln.Addr().(*net.TCPAddr).Port
	addr := ln.Addr().String()

	// The port is in use.
	_, err = net.Listen("tcp", addr)
	fmt.Println(strings.ReplaceAll(err.Error(), strconv.Itoa(port), "PORT"))
	fmt.Println("EADDRINUSE:", errors.Is(err, syscall.EADDRINUSE))
	var se *os.SyscallError
	fmt.Println("syscall error:", errors.As(err, &se) && se.Syscall == "bind")
	ln.Close()

	// Nobody listens any more.
	_, err = net.Dial("tcp", addr)
	fmt.Println(strings.ReplaceAll(err.Error(), strconv.Itoa(port), "PORT"))
	fmt.Println("ECONNREFUSED:", errors.Is(err, syscall.ECONNREFUSED))
	var oe *net.OpError
	if errors.As(err, &oe) {
		fmt.Println("op:", oe.Op, oe.Net, oe.Source == nil, oe.Addr.String() == addr, oe.Timeout(), oe.Temporary())
	}
	_, err = net.DialTimeout("tcp", addr, 30*time.Second)
	fmt.Println("with timeout:", strings.ReplaceAll(err.Error(), strconv.Itoa(port), "PORT"))

	// Bad addresses.
	_, err = net.Dial("tcp", "127.0.0.1")
	fmt.Println(err)
	_, err = net.Listen("tcp", "127.0.0.1:99999")
	fmt.Println(err)
	_, err = net.Dial("tcp4", "[::1]:80")
	fmt.Println(err)
	_, err = net.Dial("foo", "127.0.0.1:80")
	fmt.Println(err)
	_, err = net.Listen("tcp", "192.0.2.1:0")
	fmt.Println(err)

	// A dial cancelled by its deadline in the past.
	d := net.Dialer{Deadline: time.Now().Add(-time.Second)}
	_, err = d.Dial("tcp", addr)
	fmt.Println(strings.ReplaceAll(err.Error(), strconv.Itoa(port), "PORT"))
}
