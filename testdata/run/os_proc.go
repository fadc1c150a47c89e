package main

import (
	"io"
	"os"
	"strconv"
)

func say(parts ...string) {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += " "
		}
		s += p
	}
	os.Stdout.WriteString(s + "\n")
}

func main() {
	say("args:", strconv.Itoa(len(os.Args)), strconv.FormatBool(os.Args[0] != ""))

	os.Setenv("GAVA_OS_TEST", "v1")
	v, ok := os.LookupEnv("GAVA_OS_TEST")
	say("lookup:", v, strconv.FormatBool(ok))
	found := false
	for _, kv := range os.Environ() {
		if kv == "GAVA_OS_TEST=v1" {
			found = true
		}
	}
	say("in Environ:", strconv.FormatBool(found))
	say("expand:", os.ExpandEnv("x=${GAVA_OS_TEST}/$GAVA_OS_TEST"))
	os.Unsetenv("GAVA_OS_TEST")
	v, ok = os.LookupEnv("GAVA_OS_TEST")
	say("after unset:", strconv.Quote(v), strconv.FormatBool(ok))
	say("HOME set:", strconv.FormatBool(os.Getenv("HOME") != ""))
	err := os.Setenv("", "x")
	say("setenv empty:", err.Error())

	say("pid:", strconv.FormatBool(os.Getpid() > 1), strconv.FormatBool(os.Getppid() > 0))
	say("uid:", strconv.FormatBool(os.Getuid() == os.Geteuid()), strconv.FormatBool(os.Getgid() == os.Getegid()))
	h, err := os.Hostname()
	b, _ := os.ReadFile("/proc/sys/kernel/hostname")
	say("hostname:", strconv.FormatBool(err == nil && h+"\n" == string(b)))
	say("pagesize:", strconv.Itoa(os.Getpagesize()))

	r, w, err := os.Pipe()
	if err != nil {
		say("pipe:", err.Error())
		return
	}
	go func() {
		for i := 0; i < 3; i++ {
			w.WriteString("line " + strconv.Itoa(i) + "\n")
		}
		w.Close()
	}()
	all, err := io.ReadAll(r)
	say("pipe read:", strconv.Quote(string(all)), strconv.FormatBool(err == nil))
	r.Close()

	in, err := io.ReadAll(os.Stdin)
	say("stdin:", strconv.Itoa(len(in)), strconv.FormatBool(err == nil))
	fi, err := os.Stdout.Stat()
	say("stdout stat:", strconv.FormatBool(err == nil && fi != nil))
	say("stdout name:", os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name(), strconv.Itoa(int(os.Stderr.Fd())))

	println("to stderr 1")
	os.Stdout.WriteString("to stdout 2\n")
	os.Stderr.WriteString("to stderr 3\n")
	os.Stdout.WriteString("to stdout 4\n")
	println("to stderr 5")

	defer say("deferred: not printed")
	os.Exit(3)
}
