package main

type pt struct{ x, y int }

type box struct {
	p    pt
	tags [2]string
}

func main() {
	// Spare capacity made by append's growth reads as zero values when resliced.
	var ps []pt
	for i := 0; i < 5; i++ {
		ps = append(ps, pt{i, i * i})
	}
	println("len", len(ps), "cap", cap(ps))
	all := ps[:cap(ps)]
	for i, p := range all {
		println(i, p.x, p.y)
	}
	// Writing through the longer view, then appending to the shorter one: same storage.
	all[5].x = 50
	ps = append(ps, pt{6, 36})
	println("after append:", all[5].x, all[5].y, ps[5].x)
	q := &all[6]
	q.y = 7
	ps = ps[:7]
	println("pointer into spare capacity:", ps[6].x, ps[6].y)

	// A pointer to an element before growth no longer aliases the grown slice.
	first := &ps[0]
	for c := cap(ps); len(ps) <= c; {
		ps = append(ps, pt{})
	}
	first.x = 99
	println("old element:", first.x, "grown slice:", ps[0].x)

	// Three-index slices, reslicing from an offset, copy into spare room.
	var bs []box
	bs = append(bs, box{pt{1, 1}, [2]string{"a", "b"}})
	bs = append(bs, box{pt{2, 2}, [2]string{"c", "d"}})
	bs = append(bs, box{pt{3, 3}, [2]string{"e", "f"}})
	t := bs[1:2:cap(bs)]
	t = t[:cap(t)]
	println("box view:", len(t), t[0].p.x, t[1].p.x, t[len(t)-1].p.x, len(t[len(t)-1].tags[0]))
	n := copy(t[2:], []box{{pt{8, 8}, [2]string{"x", "y"}}})
	println("copied", n, t[2].tags[1], bs[:cap(bs)][3].tags[1])
	u := bs[:2]
	u = append(u, box{})
	println("append over an existing element:", bs[2].p.x, len(u))
	var nested [][]pt
	for i := 0; i < 3; i++ {
		nested = append(nested, append([]pt(nil), pt{i, i}))
	}
	println("nested:", len(nested), nested[2][0].x, len(nested[:cap(nested)][cap(nested)-1]))
	arrs := make([][3]int, 0)
	for i := 0; i < 3; i++ {
		arrs = append(arrs, [3]int{i, i, i})
	}
	arrs = arrs[:cap(arrs)]
	println("arrays:", len(arrs), arrs[2][1], arrs[len(arrs)-1][2])
}
