// TCP echo over the loopback (IPv4 and IPv6): several clients at once, many messages each.
package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"sort"
	"strings"
	"sync"
)

func serve(ln net.Listener, wg *sync.WaitGroup) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		wg.Add(1)
		go func(c net.Conn) {
			defer wg.Done()
			defer c.Close()
			r := bufio.NewReader(c)
			for {
				line, err := r.ReadString('\n')
				if err != nil {
					return
				}
				if _, err := io.WriteString(c, strings.ToUpper(line)); err != nil {
					return
				}
			}
		}(c)
	}
}

func run(network, addr string, clients, msgs int) {
	ln, err := net.Listen(network, addr)
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	fmt.Println(network, "listener on loopback:", ln.Addr().(*net.TCPAddr).IP.IsLoopback(), ln.Addr().Network())
	var swg sync.WaitGroup
	go serve(ln, &swg)
	var wg sync.WaitGroup
	results := make([]string, clients)
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := net.Dial(network, ln.Addr().String())
			if err != nil {
				results[i] = "dial: " + err.Error()
				return
			}
			defer c.Close()
			if c.RemoteAddr().String() != ln.Addr().String() {
				results[i] = "bad remote address"
				return
			}
			// A writer goroutine and this reader run at once.
			go func() {
				w := bufio.NewWriter(c)
				for j := 0; j < msgs; j++ {
					fmt.Fprintf(w, "client %d message %d\n", i, j)
				}
				w.Flush()
			}()
			r := bufio.NewReader(c)
			bad := 0
			for j := 0; j < msgs; j++ {
				line, err := r.ReadString('\n')
				if err != nil {
					results[i] = fmt.Sprintf("client %d: read %d: %v", i, j, err)
					return
				}
				if line != fmt.Sprintf("CLIENT %d MESSAGE %d\n", i, j) {
					bad++
				}
			}
			results[i] = fmt.Sprintf("client %d: %d messages, %d bad", i, msgs, bad)
		}(i)
	}
	wg.Wait()
	ln.Close()
	swg.Wait()
	sort.Strings(results)
	for _, r := range results {
		fmt.Println(r)
	}
	// A big write is read back whole.
	ln, err = net.Listen(network, addr)
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		io.Copy(c, c)
		c.Close()
	}()
	c, err := net.Dial(network, ln.Addr().String())
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	big := make([]byte, 1<<20)
	for i := range big {
		big[i] = byte(i * 7)
	}
	go func() {
		c.Write(big)
		c.(*net.TCPConn).CloseWrite()
	}()
	back, err := io.ReadAll(c)
	c.Close()
	ln.Close()
	same := len(back) == len(big)
	for i := 0; same && i < len(big); i++ {
		same = back[i] == big[i]
	}
	fmt.Println("1 MiB echoed:", len(back), same, err)
}

func main() {
	run("tcp", "127.0.0.1:0", 8, 300)
	run("tcp6", "[::1]:0", 3, 100)
	run("tcp4", "localhost:0", 2, 50)
}
