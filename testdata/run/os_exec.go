package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("%q %v\n", out, err)
	cmd := exec.Command("sh", "-c", "cat; echo err >&2; exit 3")
	cmd.Stdin = strings.NewReader("from stdin\n")
	var o, e bytes.Buffer
	cmd.Stdout = &o
	cmd.Stderr = &e
	err = cmd.Run()
	fmt.Printf("%q %q %v\n", o.String(), e.String(), err)
	if ee, ok := err.(*exec.ExitError); ok {
		fmt.Println("exit code", ee.ExitCode())
	}
	_, err = exec.Command("no-such-command-xyz").Output()
	fmt.Println(err)
	cmd = exec.Command("pwd")
	cmd.Dir = "/tmp"
	out, _ = cmd.CombinedOutput()
	fmt.Printf("%q\n", out)
	cmd = exec.Command("sh", "-c", "echo $FOO")
	cmd.Env = append(os.Environ(), "FOO=bar")
	out, _ = cmd.Output()
	fmt.Printf("%q\n", out)
	fmt.Println("before child")
	cmd = exec.Command("echo", "child inherits stdout")
	cmd.Stdout = os.Stdout
	cmd.Run()
	fmt.Println("after child")
	cmd = exec.Command("sleep", "10")
	cmd.Start()
	cmd.Process.Kill()
	err = cmd.Wait()
	fmt.Println(err)
}
