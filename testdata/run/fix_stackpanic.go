package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
)

var sink int64

func f(p *int32) {
	defer checkstack()
	v := *p
	sink = int64(v)
}

var offset = regexp.MustCompile(` \+0x[0-9a-f]+$`)

func checkstack() {
	_ = recover()
	var buf [4096]byte
	n := runtime.Stack(buf[:], false)
	for _, l := range strings.Split(string(buf[:n]), "\n") {
		if strings.HasPrefix(l, "\t") && strings.Contains(l, "fix_stackpanic.go") {
			fmt.Println(offset.ReplaceAllString(filepath.Base(l), ""), offset.MatchString(l))
		} else if strings.HasPrefix(l, "main.") {
			fmt.Println(l[:strings.Index(l, "(")])
		}
	}
}

func main() {
	f(nil)
	fmt.Println("done")
}
