// net/http over real sockets: an httptest server and client round trips (GET, POST, headers,
// status codes, keep-alive), then an http.Server on its own listener stopped by Shutdown.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Greeting", "hi "+r.URL.Query().Get("name"))
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "hello, %s (%s %s)\n", r.URL.Query().Get("name"), r.Method, r.Proto)
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "%d bytes: %s", len(b), strings.ToUpper(string(b)))
	})
	srv := httptest.NewServer(mux)
	fmt.Println("URL prefix ok:", strings.HasPrefix(srv.URL, "http://127.0.0.1:"))

	resp, err := http.Get(srv.URL + "/hello?name=gava")
	if err != nil {
		fmt.Println("get:", err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.Status, resp.Proto, resp.Header.Get("X-Greeting"), resp.Header.Get("Content-Type"), resp.ContentLength)
	fmt.Printf("%q\n", body)

	resp, err = http.Post(srv.URL+"/echo", "text/plain", strings.NewReader("some data"))
	if err != nil {
		fmt.Println("post:", err)
		return
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, string(body))

	resp, err = http.Get(srv.URL + "/missing")
	if err != nil {
		fmt.Println("get:", err)
		return
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%s %q\n", resp.Status, body)

	// Many requests from several goroutines over the client's kept-alive connections.
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string]int{}
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				resp, err := srv.Client().Get(fmt.Sprintf("%s/hello?name=g%d", srv.URL, g))
				if err != nil {
					mu.Lock()
					got[err.Error()]++
					mu.Unlock()
					continue
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				mu.Lock()
				got[string(b)]++
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	var keys []string
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%d x %q\n", got[k], k)
	}
	srv.Close()
	_, err = http.Get(srv.URL + "/hello")
	fmt.Println("after Close, get fails:", err != nil)

	// http.Server with Shutdown: a request in flight completes, then Serve returns ErrServerClosed.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	started := make(chan bool)
	release := make(chan bool)
	hs := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started <- true
		<-release
		io.WriteString(w, "slow response")
	})}
	served := make(chan error)
	go func() { served <- hs.Serve(ln) }()
	result := make(chan string)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			result <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		result <- resp.Status + " " + string(b)
	}()
	<-started
	shut := make(chan error)
	go func() { shut <- hs.Shutdown(context.Background()) }()
	close(release)
	fmt.Println("in-flight request:", <-result)
	fmt.Println("Shutdown:", <-shut)
	err = <-served
	fmt.Println("Serve:", err, errors.Is(err, http.ErrServerClosed))
	_, err = net.Dial("tcp", ln.Addr().String())
	fmt.Println("listener closed:", err != nil)
}
