// Many goroutines each read their own pipe or FIFO while writers feed them in uneven chunks
// with pauses: every byte arrives, in order, and the checksums match, with GOMAXPROCS 2.
package main

import (
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"
)

const size = 20000

func payload(i int) []byte {
	b := make([]byte, size)
	x := uint32(i*7919 + 1)
	for k := range b {
		x = x*1664525 + 1013904223
		b[k] = byte(x >> 24)
	}
	return b
}

// feed writes p to w in chunks of varying sizes, pausing now and then, and closes w.
func feed(w io.WriteCloser, p []byte, seed int) {
	for off, k := 0, 0; off < len(p); k++ {
		n := 1 + (seed*31+k*17)%3000
		if off+n > len(p) {
			n = len(p) - off
		}
		if _, err := w.Write(p[off : off+n]); err != nil {
			fmt.Println("write:", err)
			break
		}
		off += n
		if k%4 == 0 {
			time.Sleep(time.Millisecond)
		}
	}
	w.Close()
}

type result struct {
	i   int
	n   int
	sum uint32
	err error
}

func main() {
	runtime.GOMAXPROCS(2)
	dir, err := os.MkdirTemp("", "vsys")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	const pipes, fifos = 40, 12
	results := make(chan result)
	for i := 0; i < pipes+fifos; i++ {
		var r io.ReadCloser
		var w io.WriteCloser
		if i < pipes {
			pr, pw, err := os.Pipe()
			if err != nil {
				fmt.Println(err)
				return
			}
			r, w = pr, pw
		} else {
			name := filepath.Join(dir, fmt.Sprint("f", i))
			if err := exec.Command("mkfifo", name).Run(); err != nil {
				fmt.Println("mkfifo:", err)
				return
			}
			fr, err := os.OpenFile(name, os.O_RDWR, 0)
			if err != nil {
				fmt.Println(err)
				return
			}
			fw, err := os.OpenFile(name, os.O_WRONLY, 0)
			if err != nil {
				fmt.Println(err)
				return
			}
			// the reader holds a write end too (O_RDWR), so it stops at the byte count, not EOF
			r, w = fr, fw
		}
		go func(i int, r io.ReadCloser) {
			h := crc32.NewIEEE()
			n, err := io.CopyN(h, r, size)
			r.Close()
			results <- result{i, int(n), h.Sum32(), err}
		}(i, r)
		go feed(w, payload(i), i)
	}
	bad := 0
	for k := 0; k < pipes+fifos; k++ {
		res := <-results
		want := crc32.ChecksumIEEE(payload(res.i))
		if res.err != nil || res.n != size || res.sum != want {
			bad++
			fmt.Println("reader", res.i, "got", res.n, "bytes", res.err, res.sum == want)
		}
	}
	fmt.Println("readers:", pipes+fifos, "bad:", bad)
}
