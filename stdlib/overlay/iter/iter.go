// Package iter is gava's own implementation of Go 1.23's iter package (an overlay-only package:
// Go 1.19's GOROOT has none). Pull and Pull2 run the iterator in a goroutine that hands each value
// over a channel (gc uses coroutines; the observable behaviour is the same for sequential use).
package iter

//gava:provide (Go 1.21+: used only when GOROOT has no such package)

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// pulled is one step of a pulled iterator: a pair of values, or the end (ok false), or a panic.
type pulled[K, V any] struct {
	k     K
	v     V
	ok    bool
	panic any
	raise bool
}

// puller drives a Seq2 in its own goroutine, one value per request.
type puller[K, V any] struct {
	seq     Seq2[K, V]
	req     chan bool // true: next value; false: stop
	resp    chan pulled[K, V]
	started bool
	done    bool
}

func (p *puller[K, V]) run() {
	defer func() {
		if r := recover(); r != nil {
			p.resp <- pulled[K, V]{panic: r, raise: true}
			return
		}
		p.resp <- pulled[K, V]{}
	}()
	if !<-p.req {
		return
	}
	p.seq(func(k K, v V) bool {
		p.resp <- pulled[K, V]{k: k, v: v, ok: true}
		return <-p.req
	})
}

func (p *puller[K, V]) next() (K, V, bool) {
	var k K
	var v V
	if p.done {
		return k, v, false
	}
	if !p.started {
		p.started = true
		go p.run()
	}
	p.req <- true
	r := <-p.resp
	if r.raise {
		p.done = true
		panic(r.panic)
	}
	if !r.ok {
		p.done = true
	}
	return r.k, r.v, r.ok
}

func (p *puller[K, V]) stop() {
	if p.done {
		return
	}
	p.done = true
	if !p.started {
		return
	}
	p.req <- false
	r := <-p.resp
	if r.raise {
		panic(r.panic)
	}
}

// Pull2 converts the push-style iterator seq into a pull-style one: next returns the next pair
// and whether it is valid; stop ends the iteration. Both may be called after the end.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	p := &puller[K, V]{seq: seq, req: make(chan bool), resp: make(chan pulled[K, V])}
	return p.next, p.stop
}

// Pull converts the push-style iterator seq into a pull-style one: next returns the next value
// and whether it is valid; stop ends the iteration. Both may be called after the end.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	n, s := Pull2(func(yield func(V, struct{}) bool) {
		seq(func(v V) bool { return yield(v, struct{}{}) })
	})
	return func() (V, bool) {
		v, _, ok := n()
		return v, ok
	}, s
}
