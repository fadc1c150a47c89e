package main

// Methods with value and pointer receivers: value receivers get a copy;
// pointer methods on addressable values take the address automatically;
// value methods on pointers dereference automatically.

type Counter struct {
	name string
	n    int
}

func (c Counter) Value() int {
	return c.n
}

func (c Counter) IncCopy() int {
	c.n++
	return c.n
}

func (c *Counter) Inc() {
	c.n++
}

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

func (c Counter) Name() string {
	return c.name
}

func (c *Counter) Rename(s string) {
	c.name = s
}

type Rect struct {
	W, H float64
}

func (r Rect) Area() float64 {
	return r.W * r.H
}

func (r *Rect) Scale(k float64) {
	r.W *= k
	r.H *= k
}

func (r Rect) Scaled(k float64) Rect {
	r.Scale(k) // r is addressable inside the method
	return r
}

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	println(c.Value(), c.IncCopy(), c.Value())

	p := &c
	p.Inc()
	println(p.Value(), c.n, (*p).Value())

	c.Add(10).Add(100).Inc()
	println(c.Value())

	c.Rename("renamed")
	println(c.Name(), p.Name())

	// methods on slice and array elements and struct fields
	cs := []Counter{{name: "a"}, {name: "b"}}
	cs[1].Inc()
	cs[1].Add(5)
	println(cs[0].Value(), cs[1].Value())
	var arr [2]Counter
	arr[0].Add(3)
	println(arr[0].Value())
	type Holder struct{ C Counter }
	h := Holder{}
	h.C.Inc()
	println(h.C.Value())
	hp := &h
	hp.C.Add(2)
	println(h.C.Value())

	// a value copy does not see later pointer-method changes
	snapshot := c
	c.Inc()
	println(snapshot.Value(), c.Value())

	r := Rect{2, 3}
	println(r.Area())
	s := r.Scaled(2)
	println(r.Area(), s.Area())
	r.Scale(10)
	println(r.W, r.H)
	rp := &Rect{1, 1}
	rp.Scale(3)
	println(rp.Area())

	// method call on a function result (value receiver)
	println(makeRect().Area())
	// pointer method on a new value
	np := new(Counter)
	np.Inc()
	println(np.Value())
}

func makeRect() Rect {
	return Rect{4, 5}
}
