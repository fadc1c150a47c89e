// UDP over the loopback: a server answering datagrams with ReadFrom/WriteTo, a connected client
// with Read/Write, an unconnected client, and a read deadline on a socket nobody writes to.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	fmt.Println("local:", pc.LocalAddr().Network(), pc.LocalAddr().(*net.UDPAddr).IP)
	go func() {
		buf := make([]byte, 2048)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			pc.WriteTo([]byte(strings.ToUpper(string(buf[:n]))), from)
		}
	}()

	c, err := net.Dial("udp", pc.LocalAddr().String())
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	fmt.Println("remote matches:", c.RemoteAddr().String() == pc.LocalAddr().String())
	buf := make([]byte, 2048)
	total := 0
	for i := 0; i < 50; i++ {
		msg := fmt.Sprintf("datagram %d", i)
		if _, err := c.Write([]byte(msg)); err != nil {
			fmt.Println("write:", err)
			return
		}
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		n, err := c.Read(buf)
		if err != nil {
			fmt.Println("read:", err)
			return
		}
		if string(buf[:n]) == strings.ToUpper(msg) {
			total++
		}
	}
	fmt.Println("connected replies:", total)
	c.Close()

	uc, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	_, err = uc.WriteToUDP([]byte("to the server"), pc.LocalAddr().(*net.UDPAddr))
	n, from, err := uc.ReadFromUDP(buf)
	fmt.Println("unconnected:", string(buf[:n]), from.String() == pc.LocalAddr().String(), err)

	uc.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	_, _, err = uc.ReadFromUDP(buf)
	fmt.Println("deadline:", errors.Is(err, os.ErrDeadlineExceeded))
	uc.Close()
	pc.Close()
}
