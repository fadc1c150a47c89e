package main

import (
	"encoding/json"
	"fmt"
)

type Addr struct {
	Street string `json:"street"`
	Zip    int    `json:"zip,omitempty"`
}

type Person struct {
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Emails  []string          `json:"emails"`
	Addr    *Addr             `json:"addr,omitempty"`
	Tags    map[string]string `json:"tags"`
	private int
	Score   float64 `json:"score,string"`
	Any     any     `json:"any"`
}

func main() {
	p := Person{Name: "Ann", Age: 30, Emails: []string{"a@b"}, Addr: &Addr{"Main", 0}, Tags: map[string]string{"z": "1", "a": "2"}, Score: 1.5, Any: []int{1}}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]any{"k": []any{1, "x", true, nil}}, "", "  ")
	fmt.Println(string(b))
	var q Person
	err = json.Unmarshal([]byte(`{"name":"Bob","age":41,"emails":["x","y"],"addr":{"street":"S","zip":9},"tags":{"t":"v"},"score":"2.25","any":{"a":[1,2.5]}}`), &q)
	addr := *q.Addr
	q.Addr = nil
	fmt.Printf("%+v %v %+v\n", q, err, addr)
	var anyv any
	err = json.Unmarshal([]byte(`[1, "two", {"three": 3}, null, false]`), &anyv)
	fmt.Println(anyv, err)
	err = json.Unmarshal([]byte(`{"age": "x"}`), &q)
	fmt.Println(err)
	var ints []int
	fmt.Println(json.Unmarshal([]byte(`[1,2,3]`), &ints), ints)
}
