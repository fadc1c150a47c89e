// Waiting for a child process and reading its output through a pipe leave the only processor
// (GOMAXPROCS 1) to the other goroutines: the main goroutine keeps counting ticks meanwhile.
package main

import (
	"bufio"
	"fmt"
	"os/exec"
	"runtime"
	"time"
)

func during(name string, f func() string) {
	done := make(chan string)
	go func() { done <- f() }()
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	ticks := 0
	for {
		select {
		case <-ticker.C:
			ticks++
		case s := <-done:
			fmt.Printf("%s: %s; ticks meanwhile >= 10: %v\n", name, s, ticks >= 10)
			return
		}
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	during("wait", func() string {
		return fmt.Sprint(exec.Command("sleep", "0.4").Run())
	})
	during("output", func() string {
		out, err := exec.Command("sh", "-c", "sleep 0.4; echo hi").Output()
		return fmt.Sprintf("%q %v", out, err)
	})
	during("stdout pipe", func() string {
		cmd := exec.Command("sh", "-c", "echo one; sleep 0.3; echo two; sleep 0.3; echo three")
		out, err := cmd.StdoutPipe()
		if err != nil {
			return err.Error()
		}
		if err := cmd.Start(); err != nil {
			return err.Error()
		}
		var lines []string
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		return fmt.Sprint(lines, cmd.Wait())
	})
}
