package main

import (
	"fmt"
	"reflect"
)

type ID int64

func relay[T any](in <-chan T, out chan<- T) {
	for v := range in {
		out <- v
	}
	close(out)
}

func main() {
	a := make(chan int, 3)
	a <- 1 << 40
	a <- -5
	a <- 200
	close(a)
	for v := range a {
		fmt.Println(v)
	}
	b := make(chan ID)
	c := make(chan ID, 2)
	go relay(b, c)
	go func() {
		for i := ID(100); i < 105; i++ {
			b <- i * 1000
		}
		close(b)
	}()
	for {
		v, ok := <-c
		if !ok {
			break
		}
		fmt.Println(v, ok)
	}
	d := make(chan uint64, 1)
	reflect.ValueOf(d).Send(reflect.ValueOf(uint64(1 << 63)))
	fmt.Println(<-d)
	e := make(chan uint)
	go func() { e <- 7; e <- 8; close(e) }()
	select {
	case v := <-e:
		fmt.Println("sel", v)
	}
	fmt.Println(<-e, <-e)
	x, ok := reflect.ValueOf(e).Recv()
	fmt.Println(x, ok)
	f := make(chan int, 1)
	go func() { f <- 1; f <- 2; f <- 3 }()
	fmt.Println(<-f + <-f + <-f, len(f), cap(f))
	g := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			select {
			case g <- i * 300:
			}
			select {
			case g <- -i:
			case <-make(chan bool):
			}
		}
		close(g)
	}()
	total := 0
	for v := range g {
		total += v
		fmt.Print(v, " ")
	}
	fmt.Println(total)
	var y int
	h := make(chan int, 2)
	h <- 5
	h <- 6
	close(h)
	for y = range h {
		fmt.Print(y, ";")
	}
	fmt.Println(y)
	k := make(chan uintptr, 3)
	k <- 1
	k <- 2
	close(k)
	for range k {
		fmt.Print("tick ")
	}
	fmt.Println(len(k))
	var n chan int
	select {
	case n <- 1:
	default:
		fmt.Println("nil chan")
	}
}
