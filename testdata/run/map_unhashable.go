package main

func try(name string, f func()) {
	defer func() {
		println(name+":", recover().(error).Error())
	}()
	f()
}

func main() {
	empty := map[interface{}]int{}
	var nilMap map[interface{}]bool
	full := map[interface{}]string{1: "a", "b": "c"}
	try("read empty", func() { _ = empty[[]int{1}] })
	try("comma-ok empty", func() { _, _ = empty[[]int{}] })
	try("delete empty", func() { delete(empty, []int{}) })
	try("read nil map", func() { _ = nilMap[map[string]int{}] })
	try("delete nil map", func() { delete(nilMap, func() {}) })
	try("write", func() { empty[[]string{}] = 1 })
	try("increment", func() { empty[[]int{}]++ })
	try("read full", func() { _ = full[[]float64{1}] })
	try("struct with slice", func() {
		type s struct{ a []int }
		_ = full[s{}]
	})
	try("nil map write", func() { nilMap[1] = true })
	println("len:", len(empty), len(full))
}
