//gava:omit pool.go poolqueue.go

package sync

// gc's Pool keeps per-P lock-free queues addressed with unsafe pointer arithmetic and is emptied
// by the garbage collector; gava's is a small locked stack (emptied never: a Pool may keep items).

// A Pool is a set of temporary objects that may be individually saved and
// retrieved.
//
// A Pool must not be copied after first use.
type Pool struct {
	noCopy noCopy

	mu    Mutex
	items []any

	// New optionally specifies a function to generate
	// a value when Get would otherwise return nil.
	// It may not be changed concurrently with calls to Get.
	New func() any
}

// poolMax bounds how many items a Pool keeps.
const poolMax = 256

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if len(p.items) < poolMax {
		p.items = append(p.items, x)
	}
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the
// Pool, and returns it to the caller; else the result of calling p.New (or nil).
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
