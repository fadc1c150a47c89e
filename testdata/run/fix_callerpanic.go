package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

func f() {
	var x *string
	for _, i := range *x {
		println(i)
	}
}

func g() {
	panic("boom")
}

func show() {
	for i := 0; ; i++ {
		pc, file, line, ok := runtime.Caller(i)
		if !ok {
			break
		}
		name := runtime.FuncForPC(pc).Name()
		if strings.HasPrefix(name, "main.") {
			fmt.Println(i > 0, name, filepath.Base(file), line)
		}
	}
}

func main() {
	func() {
		defer func() {
			show()
			fmt.Println(recover())
		}()
		f()
	}()
	func() {
		defer func() {
			recover()
			show()
		}()
		g()
	}()
	fmt.Println("normal:")
	show()
}
