package main

type point struct {
	x, y int
	name string
}

type pair [2]string

type celsius float64

type id int32

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

type rect struct{ w, h int }

func (r *rect) area() int { return r.w * r.h }

func main() {
	// Small integer kinds keep their own ranges (uint8 wraps, int8 is signed).
	u8 := map[uint8]int{}
	for i := 0; i < 600; i++ {
		u8[uint8(i)]++
	}
	println("uint8 keys:", len(u8), u8[0], u8[255], u8[88])
	i8 := map[int8]string{-1: "minus one", 127: "max", -128: "min"}
	println("int8:", i8[-1], i8[127], i8[-128], len(i8))
	for k, v := range i8 {
		if k < 0 && v == "min" {
			println("min key", k)
		}
	}
	u32 := map[uint32]uint32{}
	u32[4294967295] = 7
	u32[1<<31] = 8
	for k, v := range u32 {
		if v == 7 {
			println("uint32 key", k)
		}
	}
	println("uint32:", u32[4294967295], u32[1<<31], u32[0])
	u64 := map[uint64]bool{1<<64 - 1: true}
	println("uint64:", u64[1<<64-1], u64[1<<63])
	r := map[rune]int{'a': 1, 'é': 2, -1: 3}
	println("rune:", r['a'], r['é'], r[-1], r['b'])
	b := map[bool]int{}
	b[true] += 2
	b[false]--
	b[1 < 2]++
	println("bool:", b[true], b[false], len(b))
	ids := map[id]celsius{3: 36.6}
	ids[3] += 1
	println("named:", ids[3] > 37.5, ids[3] < 37.7)

	// Struct and array keys compare by value.
	pts := map[point]int{}
	p := point{1, 2, "a"}
	pts[p] = 1
	p.x = 5
	pts[p] = 2
	pts[point{1, 2, "a"}] += 10
	println("struct:", len(pts), pts[point{1, 2, "a"}], pts[point{5, 2, "a"}], pts[point{1, 2, "b"}])
	for k, v := range pts {
		k.x = 100 // a copy
		_ = v
	}
	println("struct keys unchanged:", pts[point{1, 2, "a"}])
	arr := map[pair][]int{}
	arr[pair{"x", "y"}] = append(arr[pair{"x", "y"}], 1)
	arr[pair{"x", "y"}] = append(arr[pair{"x", "y"}], 2)
	a := pair{"y", "x"}
	arr[a] = nil
	a[0] = "z"
	println("array:", len(arr), len(arr[pair{"x", "y"}]), arr[pair{"y", "x"}] == nil, len(arr[a]))
	grid := map[[3]int]bool{{1, 2, 3}: true}
	println("int array:", grid[[3]int{1, 2, 3}], grid[[3]int{3, 2, 1}])

	// Interface keys: dynamic type and value both count.
	any := map[interface{}]string{}
	any[1] = "int 1"
	any[int32(1)] = "int32 1"
	any[int64(1)] = "int64 1"
	any[uint8(1)] = "uint8 1"
	any[1.0] = "float 1"
	any["1"] = "string 1"
	any[true] = "true"
	any[nil] = "nil"
	any[id(1)] = "id 1"
	any[point{1, 2, "a"}] = "point"
	any[pair{"a", "b"}] = "pair"
	any[[2]int{1, 2}] = "[2]int"
	println("interface keys:", len(any))
	println(any[1], "|", any[int32(1)], "|", any[int64(1)], "|", any[uint8(1)], "|", any[1.0], "|", any["1"])
	println(any[true], "|", any[nil], "|", any[id(1)], "|", any[point{1, 2, "a"}], "|", any[pair{"a", "b"}], "|", any[[2]int{1, 2}])
	_, ok := any[id(2)]
	println("missing:", ok, any[false] == "")
	shapes := map[shape]int{}
	r1, r2 := &rect{2, 3}, &rect{2, 3}
	shapes[sq{2}] = 1
	shapes[sq{2}]++
	shapes[r1] = 10
	shapes[r2] = 20
	println("shape keys:", len(shapes), shapes[sq{2}], shapes[r1], shapes[r2], shapes[&rect{2, 3}])

	// Pointer and channel keys compare by identity.
	x, y := 1, 1
	ptrs := map[*int]string{&x: "x", &y: "y"}
	println("pointers:", len(ptrs), ptrs[&x], ptrs[&y])
	rp := map[*rect]int{r1: 1, r2: 2}
	println("struct pointers:", len(rp), rp[r1], rp[r2])
	xs := []int{1, 2, 3}
	ep := map[*int]int{&xs[0]: 0, &xs[1]: 1}
	println("element pointers:", ep[&xs[0]], ep[&xs[1]], len(ep))
	c1, c2 := make(chan int), make(chan int)
	chans := map[chan int]int{c1: 1, c2: 2}
	chans[c1] += 10
	println("channels:", len(chans), chans[c1], chans[c2])
	var nilc chan int
	chans[nilc] = 3
	println("nil channel key:", chans[nil], len(chans))
}
