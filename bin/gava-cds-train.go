// Training run for gava's AOT cache: compiling and running this loads the classes most
// programs need (bin/gava runs it once after each build, with -XX:AOTCacheOutput).
package main

type shape interface {
	area() float64
}

type rect struct{ w, h float64 }

func (r rect) area() float64 { return r.w * r.h }

type circle struct{ r float64 }

func (c *circle) area() float64 { return 3 * c.r * c.r }

type named int

func (n named) String() string { return "named" }

func sum(xs ...int) (total int, n int) {
	for _, x := range xs {
		total += x
	}
	return total, len(xs)
}

func main() {
	shapes := []shape{rect{1, 2}, &circle{1}}
	var a float64
	for _, s := range shapes {
		a += s.area()
		switch v := s.(type) {
		case rect:
			a += v.w
		case *circle:
			a += v.r
		}
	}
	m := map[string]int{"a": 1}
	m["b"]++
	ints := map[int]bool{1: true}
	delete(ints, 1)
	for k, v := range m {
		_, _ = k, v
	}
	s := []string{"x"}
	s = append(s, "y")
	b := []byte("hello")
	str := string(b) + s[1]
	total, n := sum(1, 2, 3)
	f := func(x int) int { return x + total }
	ch := make(chan int, 1)
	done := make(chan bool)
	go func() {
		for v := range ch {
			_ = v
		}
		done <- true
	}()
	ch <- f(n)
	close(ch)
	<-done
	var i interface{} = named(1)
	if st, ok := i.(interface{ String() string }); ok {
		str += st.String()
	}
	defer func() {
		r := recover()
		println(a > 0, len(m), len(ints), str, total, r != nil)
	}()
	var arr [3]int
	idx := 5
	arr[idx%len(arr)] = 1
	for i, r := range "héllo" {
		_, _ = i, r
	}
	panic("done")
}
