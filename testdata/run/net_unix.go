// Unix-domain stream sockets: a server on a socket file, a client, the addresses both see, and
// the file removed when the listener closes.
package main

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "netunix")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "s.sock")
	ln, err := net.Listen("unix", path)
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	fmt.Println("listener:", ln.Addr().Network(), ln.Addr().String() == path)
	st, err := os.Stat(path)
	fmt.Println("socket file:", err == nil && st.Mode()&os.ModeSocket != 0)
	done := make(chan bool)
	var seen string
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			fmt.Println("accept:", err)
			return
		}
		defer c.Close()
		seen = fmt.Sprintf("server sees remote %q, local is path: %v", c.RemoteAddr().String(), c.LocalAddr().String() == path)
		r := bufio.NewReader(c)
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			fmt.Fprintf(c, "%d:%s", len(line), line)
		}
	}()
	c, err := net.Dial("unix", path)
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	fmt.Println("client remote:", c.RemoteAddr().String() == path)
	r := bufio.NewReader(c)
	sum := 0
	for i := 0; i < 100; i++ {
		fmt.Fprintf(c, "line %d\n", i)
		reply, err := r.ReadString('\n')
		if err != nil {
			fmt.Println("read:", err)
			return
		}
		sum += len(reply)
	}
	fmt.Println("replies:", sum)
	c.Close()
	<-done
	fmt.Println(seen)
	ln.Close()
	_, err = os.Stat(path)
	fmt.Println("file removed:", os.IsNotExist(err))
	_, err = net.Dial("unix", path)
	fmt.Println(err != nil, err.(*net.OpError).Op)
}
