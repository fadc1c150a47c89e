package main

import (
	"context"
	"errors"
	"time"
)

type key string

func errStr(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	bg := context.Background()
	println(bg.Err() == nil, bg.Done() == nil, bg.Value("x") == nil)
	_, ok := bg.Deadline()
	println("background deadline:", ok)

	// WithCancel and propagation to children
	parent, cancel := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	vctx := context.WithValue(child, key("user"), "gopher")
	grand, cancelGrand := context.WithTimeout(vctx, time.Hour)
	defer cancelGrand()
	println("before cancel:", errStr(parent.Err()), errStr(child.Err()), errStr(grand.Err()))
	cancel()
	<-grand.Done()
	println("after cancel:", errStr(parent.Err()), errStr(child.Err()), errStr(grand.Err()))
	println(errors.Is(grand.Err(), context.Canceled), grand.Err() == context.Canceled)
	println("value through chain:", grand.Value(key("user")).(string), grand.Value(key("none")) == nil)
	cancel() // idempotent

	// a cancelled child does not cancel its parent
	p2, c2 := context.WithCancel(bg)
	ch2, cc2 := context.WithCancel(p2)
	cc2()
	println("child cancelled, parent:", errStr(p2.Err()), "child:", errStr(ch2.Err()))
	c2()

	// WithTimeout fires
	start := time.Now()
	tctx, tcancel := context.WithTimeout(bg, 20*time.Millisecond)
	defer tcancel()
	dl, ok := tctx.Deadline()
	println("has deadline:", ok, dl.After(start))
	select {
	case <-tctx.Done():
		println("timeout:", errStr(tctx.Err()), time.Since(start) >= 20*time.Millisecond)
	case <-time.After(5 * time.Second):
		println("timeout did not fire")
	}
	println(errors.Is(tctx.Err(), context.DeadlineExceeded))
	var te interface{ Timeout() bool }
	println("Timeout():", errors.As(tctx.Err(), &te) && te.Timeout())

	// WithDeadline in the past is already done
	past, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	println("past deadline:", errStr(past.Err()))
	pcancel()

	// a child deadline later than the parent's keeps the parent's
	pd, pdc := context.WithTimeout(bg, 30*time.Millisecond)
	cd, cdc := context.WithTimeout(pd, time.Hour)
	d1, _ := pd.Deadline()
	d2, _ := cd.Deadline()
	println("child deadline is parent's:", d1.Equal(d2))
	<-cd.Done()
	println("child via parent deadline:", errStr(cd.Err()))
	cdc()
	pdc()

	// cancel stops the timer before it fires
	sc, scancel := context.WithTimeout(bg, time.Hour)
	scancel()
	println("cancelled before deadline:", errStr(sc.Err()))

	// goroutines watching a context
	ctx, stop := context.WithCancel(bg)
	results := make(chan string)
	for i := 0; i < 3; i++ {
		go func(i int) {
			<-ctx.Done()
			results <- "worker stopped: " + errStr(ctx.Err())
		}(i)
	}
	time.Sleep(5 * time.Millisecond)
	stop()
	for i := 0; i < 3; i++ {
		println(<-results)
	}

	// custom parent context type (not one of context's own)
	cp, ccancel := context.WithCancel(myCtx{bg})
	ccancel()
	<-cp.Done()
	println("custom parent:", errStr(cp.Err()))

	func() {
		defer func() { println("recovered:", recover().(string)) }()
		context.WithValue(bg, nil, 1)
	}()
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		context.WithCancel(nil)
	}()
	println(context.TODO() != nil)
	str := func(c context.Context) string { return c.(interface{ String() string }).String() }
	println(str(bg), str(context.TODO()), str(child), str(vctx))
	println(str(context.WithValue(bg, "k", 42)), str(context.WithValue(bg, 7, "v")))
}

type myCtx struct{ context.Context }
