// Goroutines blocked in reads of FIFOs (real blocking system calls) must not hold the
// processors: with more blocked readers than GOMAXPROCS, the main goroutine keeps counting
// ticker ticks, then writes to every FIFO and each reader gets its bytes.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"time"
)

func round(dir string, procs, readers int) {
	runtime.GOMAXPROCS(procs)
	names := make([]string, readers)
	for i := range names {
		names[i] = filepath.Join(dir, fmt.Sprintf("p%d_%d", procs, i))
		if err := exec.Command("mkfifo", names[i]).Run(); err != nil {
			fmt.Println("mkfifo:", err)
			return
		}
	}
	results := make(chan string)
	for i, name := range names {
		go func(i int, name string) {
			// O_RDWR: the open does not wait for a writer; the read blocks until one writes
			f, err := os.OpenFile(name, os.O_RDWR, 0)
			if err != nil {
				results <- err.Error()
				return
			}
			defer f.Close()
			buf := make([]byte, 64)
			n, err := f.Read(buf)
			results <- fmt.Sprintf("reader %d got %q %v", i, buf[:n], err)
		}(i, name)
	}
	ticker := time.NewTicker(10 * time.Millisecond)
	ticks := 0
	deadline := time.After(400 * time.Millisecond)
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-deadline:
			break loop
		}
	}
	ticker.Stop()
	fmt.Printf("GOMAXPROCS %d, %d readers: main ran while they were blocked: %v\n", procs, readers, ticks >= 5)
	for i, name := range names {
		w, err := os.OpenFile(name, os.O_WRONLY, 0)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Fprintf(w, "message %d", i)
		w.Close()
	}
	var got []string
	for range names {
		got = append(got, <-results)
	}
	sort.Strings(got)
	for _, s := range got {
		fmt.Println(s)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "vsys")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	round(dir, 1, 3)
	round(dir, 2, 5)
}
