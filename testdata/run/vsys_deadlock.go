// A goroutine blocked in a read system call is not asleep: while it waits for a child process
// to write into a FIFO, the main goroutine blocked in a channel receive does not make a
// deadlock (gc's checkdead counts the thread in the system call as running), with GOMAXPROCS 1.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	dir, err := os.MkdirTemp("", "vsys")
	if err != nil {
		fmt.Println(err)
		return
	}
	fifo := filepath.Join(dir, "f")
	if err := exec.Command("mkfifo", fifo).Run(); err != nil {
		fmt.Println("mkfifo:", err)
		return
	}
	f, err := os.OpenFile(fifo, os.O_RDWR, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	child := exec.Command("sh", "-c", "sleep 0.5; printf 'ready' > "+fifo)
	if err := child.Start(); err != nil {
		fmt.Println(err)
		return
	}
	ch := make(chan string)
	go func() {
		b := make([]byte, 16)
		n, err := f.Read(b)
		ch <- fmt.Sprintf("%q %v", b[:n], err)
	}()
	fmt.Println("read:", <-ch)
	fmt.Println("wait:", child.Wait())
	f.Close()
	os.RemoveAll(dir)
}
