package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/debug"
	"testing"
)

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 1, "a number")
	v := fs.Bool("v", false, "verbose")
	name := fs.String("name", "x", "a name")
	err := fs.Parse([]string{"-n", "7", "-v", "--name=gopher", "rest", "-x"})
	fmt.Println(*n, *v, *name, fs.Args(), err)
	err = fs.Parse([]string{"-bogus"})
	fmt.Println("err:", err)

	r := testing.Benchmark(func(b *testing.B) {
		s := 0
		for i := 0; i < b.N; i++ {
			s += i
		}
		_ = s
	})
	fmt.Println("benchmark ran:", r.N > 0)
	fmt.Println("gc percent:", debug.SetGCPercent(50), debug.SetGCPercent(100))

	l := log.New(os.Stdout, "pfx: ", 0)
	l.Printf("hello %d", 42)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("to stderr")
	defer fmt.Println("not printed")
	log.Fatalf("fatal %s", "now")
}
