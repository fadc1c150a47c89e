package main

type vec struct{ x, y int }

func main() {
	// Every value kind, read, written and updated in place.
	bs := map[string]bool{}
	bs["a"] = true
	println("bool:", bs["a"], bs["b"], len(bs))
	i8 := map[int]int8{}
	i8[1] = 127
	i8[1]++
	i8[2]--
	println("int8:", i8[1], i8[2])
	u8 := map[int]uint8{}
	u8[1] -= 1
	u8[2] += 200
	u8[2] += 100
	u8[3] = 7
	u8[3] <<= 6
	println("uint8:", u8[1], u8[2], u8[3])
	u16 := map[string]uint16{"x": 65535}
	u16["x"]++
	u16["y"] *= 3
	println("uint16:", u16["x"], u16["y"], len(u16))
	i32 := map[int32]int32{}
	i32[5] = -1 << 31
	i32[5]--
	i32[6] |= 12
	i32[6] &^= 4
	i32[6] ^= 1
	println("int32:", i32[5], i32[6])
	u64 := map[uint64]uint64{}
	u64[0] -= 1
	u64[0] /= 3
	u64[1] = 10
	u64[1] %= 4
	u64[1] >>= 1
	println("uint64:", u64[0], u64[1])
	f32 := map[int]float32{}
	f32[0] += 0.1
	f32[0] *= 3
	println("float32:", f32[0])
	f64 := map[string]float64{}
	for i := 0; i < 10; i++ {
		f64["sum"] += 0.1
		f64["prod"]++
	}
	f64["neg"] -= 1.5
	println("float64:", f64["sum"], f64["prod"], f64["neg"], f64["none"])
	c := map[int]complex128{}
	c[1] += 1 + 2i
	c[1] *= 2i
	println("complex:", real(c[1]), imag(c[1]), real(c[9]))
	s := map[int]string{}
	s[1] += "ab"
	s[1] += "cd"
	println("string:", s[1], len(s[2]), len(s))
	vs := map[string]vec{}
	v := vs["a"]
	v.x = 1
	vs["a"] = v
	v.y = 2
	println("struct value:", vs["a"].x, vs["a"].y, vs["b"].x)
	arrs := map[int][2]int{}
	a := arrs[1]
	a[0] = 5
	arrs[1] = a
	a[1] = 6
	println("array value:", arrs[1][0], arrs[1][1])
	sl := map[int][]int{}
	sl[1] = append(sl[1], 1, 2)
	println("slice value:", len(sl[1]), sl[2] == nil)
	mm := map[string]map[string]int{}
	mm["a"] = map[string]int{}
	mm["a"]["b"]++
	println("map value:", mm["a"]["b"], mm["c"] == nil, len(mm["c"]))
	ps := map[int]*vec{}
	ps[1] = &vec{1, 2}
	ps[1].x += 10
	println("pointer value:", ps[1].x, ps[2] == nil)

	// v, ok for each layout.
	n, ok := i32[5]
	println("ok:", n, ok)
	n, ok = i32[7]
	println("ok missing:", n, ok)
	str, ok2 := s[1]
	println("ok string:", str, ok2)
	vv, ok3 := vs["zz"]
	println("ok struct:", vv.x, ok3)

	// m[k] op= v evaluates v before looking k up; a panicking division does not insert k.
	m := map[int]int{}
	m[1] += func() int { m[1] = 100; return 1 }()
	println("op-assign order:", m[1])
	m[2] += func() int { m[3] = 3; m[4] = 4; delete(m, 1); return 5 }()
	println("op-assign with growth:", m[2], len(m))
	func() {
		defer func() { println("recovered:", recover().(error).Error()) }()
		zero := 0
		m[9] /= zero
	}()
	_, found := m[9]
	println("key inserted by failed division:", found)

	// Large maps of every layout survive growth and deletion.
	big := map[int]int{}
	bigs := map[string]int{}
	for i := 0; i < 100000; i++ {
		big[i*31] += i
		bigs[string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676%26))] += 1
	}
	for i := 0; i < 100000; i += 2 {
		delete(big, i*31)
	}
	sum := 0
	for k, v := range big {
		sum += k/31 - v
	}
	println("big:", len(big), sum, len(bigs), bigs["aaa"], bigs["zzz"])
}
