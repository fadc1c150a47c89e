// Package where reports its callers with the runtime package.
package where

import "runtime"

// base is the last element of a slash-separated path.
func base(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' {
			return p[i+1:]
		}
	}
	return p
}

// Am describes the function skip frames above its caller.
func Am(skip int) string {
	pc, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "?"
	}
	return runtime.FuncForPC(pc).Name() + " " + base(file) + ":" + itoa(line)
}

// Stack lists the functions calling it, innermost first, down to runtime.main.
func Stack() []string {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		out = append(out, f.Function+" "+base(f.File))
		if f.Function == "runtime.main" || !more {
			break
		}
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}
