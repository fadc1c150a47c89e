// sync from GOROOT with gava's overlay (semaphores and Cond's notify list over channels, Pool, Map).
package main

import "sync"

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func main() {
	c := counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				c.mu.Lock()
				c.n["k"]++
				c.mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	println(c.n["k"])

	var rw sync.RWMutex
	var once sync.Once
	total := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { println("once") })
			rw.RLock()
			_ = total
			rw.RUnlock()
			rw.Lock()
			total++
			rw.Unlock()
		}()
	}
	wg.Wait()
	println(total)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	for g := 0; g < 3; g++ {
		go func() {
			mu.Lock()
			ready++
			cond.Broadcast()
			mu.Unlock()
		}()
	}
	mu.Lock()
	for ready < 3 {
		cond.Wait()
	}
	mu.Unlock()
	println("ready", ready)

	var m sync.Map
	m.Store("a", 1)
	v, loaded := m.LoadOrStore("a", 2)
	println(v.(int), loaded)
	m.Store("b", 3)
	n := 0
	m.Range(func(k, v any) bool { n += v.(int); return true })
	println(n)
	m.Delete("a")
	_, ok := m.Load("a")
	println(ok)

	p := sync.Pool{New: func() any { return new(int) }}
	x := p.Get().(*int)
	*x = 5
	p.Put(x)
	println(*p.Get().(*int))
}
