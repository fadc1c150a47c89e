// Opening a FIFO for reading waits for a writer (a blocking open system call), and a read of a
// FIFO that stays silent blocks: neither may stop the other goroutines, with GOMAXPROCS 1. The
// writer here is a child process that waits before it opens the FIFO.
package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	dir, err := os.MkdirTemp("", "vsys")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	fifo := filepath.Join(dir, "f")
	if err := exec.Command("mkfifo", fifo).Run(); err != nil {
		fmt.Println("mkfifo:", err)
		return
	}
	child := exec.Command("sh", "-c", "sleep 0.4; printf 'one\\n' > "+fifo+"; sleep 0.3; printf 'two\\n' > "+fifo)
	if err := child.Start(); err != nil {
		fmt.Println(err)
		return
	}
	done := make(chan string)
	go func() {
		var all []byte
		for i := 0; i < 2; i++ {
			f, err := os.Open(fifo) // blocks until the child opens it for writing
			if err != nil {
				done <- err.Error()
				return
			}
			b, err := io.ReadAll(f)
			f.Close()
			if err != nil {
				done <- err.Error()
				return
			}
			all = append(all, b...)
		}
		done <- fmt.Sprintf("%q", all)
	}()
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	ticks := 0
	for {
		select {
		case <-ticker.C:
			ticks++
		case s := <-done:
			fmt.Println("read:", s)
			fmt.Println("ticks while blocked >= 10:", ticks >= 10)
			fmt.Println("wait:", child.Wait())
			return
		}
	}
}
