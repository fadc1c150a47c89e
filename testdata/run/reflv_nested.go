package main

import "reflect"

type S struct {
	Grid [2][3]int
	Rows [][2]string
	PP   **int
	Emb
	*PEmb
	Fn func(int) int
	Ch chan int
	Anys []any
}

type Emb struct{ E int }
type PEmb struct{ Q string }

func main() {
	x := 7
	px := &x
	s := S{PP: &px, Rows: [][2]string{{"a", "b"}}, PEmb: &PEmb{"q"}, Anys: []any{1, "s", S{}}}
	v := reflect.ValueOf(&s).Elem()
	g := v.Field(0)
	g.Index(1).Index(2).SetInt(9)
	println(s.Grid[1][2], g.Index(1).Len(), g.Type().String())
	g.Index(0).Set(reflect.ValueOf([3]int{4, 5, 6}))
	println(s.Grid[0][0], s.Grid[0][2])
	rows := v.Field(1)
	rows.Index(0).Index(1).SetString("B")
	rows.Set(reflect.Append(rows, reflect.ValueOf([2]string{"c", "d"})))
	println(s.Rows[0][1], len(s.Rows), s.Rows[1][0])
	pp := v.Field(2)
	println(pp.Elem().Elem().Int(), pp.Elem().Kind().String())
	pp.Elem().Elem().SetInt(70)
	println(x)
	y := 8
	pp.Elem().Set(reflect.ValueOf(&y))
	println(**s.PP, px == &x)
	println(v.FieldByName("E").Int(), v.FieldByName("Q").String(), len(v.FieldByIndex([]int{4, 0}).String()))
	v.FieldByName("E").SetInt(3)
	v.FieldByName("Q").SetString("qq")
	println(s.E, s.PEmb.Q)
	v.FieldByName("Fn").Set(reflect.ValueOf(func(i int) int { return i * 2 }))
	println(s.Fn(21), v.FieldByName("Fn").Call([]reflect.Value{reflect.ValueOf(5)})[0].Int())
	v.FieldByName("Ch").Set(reflect.MakeChan(reflect.TypeOf(s.Ch), 1))
	s.Ch <- 4
	println(v.FieldByName("Ch").Len())
	as := v.FieldByName("Anys")
	println(as.Index(0).Kind().String(), as.Index(0).Elem().Kind().String(), as.Index(1).Elem().String(), as.Index(2).Elem().Type().String())
	as.Index(0).Set(reflect.ValueOf(2.5))
	println(s.Anys[0].(float64))
	st := S{}
	as.Index(2).Set(reflect.ValueOf(st))
	st.E = 99
	println(s.Anys[2].(S).E)
	m := map[any]int{1: 1, "a": 2, [2]int{1, 2}: 3}
	mv := reflect.ValueOf(m)
	println(mv.MapIndex(reflect.ValueOf("a")).Int(), mv.MapIndex(reflect.ValueOf([2]int{1, 2})).Int(), mv.MapIndex(reflect.ValueOf(int64(1))).IsValid())
	mv.SetMapIndex(reflect.ValueOf(2.5), reflect.ValueOf(4))
	println(m[2.5], len(m))
	arrp := &[3]int{1, 2, 3}
	av := reflect.ValueOf(arrp)
	println(av.Len(), av.Elem().Index(2).Int(), av.Elem().CanSet())
	av.Elem().Index(0).SetInt(10)
	println(arrp[0])
	var ip *int
	println(reflect.ValueOf(ip).Elem().IsValid(), reflect.ValueOf(&ip).Elem().IsNil())
	reflect.ValueOf(&ip).Elem().Set(reflect.New(reflect.TypeOf(0)))
	*ip = 5
	println(*ip)
	ms := map[string]S{"k": {Emb: Emb{1}}}
	println(reflect.ValueOf(ms).MapIndex(reflect.ValueOf("k")).FieldByName("E").Int(), reflect.ValueOf(ms).MapIndex(reflect.ValueOf("k")).Field(0).CanSet())
	b := []bool{true, false}
	reflect.ValueOf(b).Index(1).SetBool(true)
	println(b[1], reflect.ValueOf(b).Index(0).Bool())
	f32 := []float32{1}
	reflect.ValueOf(f32).Index(0).SetFloat(0.1)
	println(f32[0], reflect.ValueOf(f32).Index(0).Float() == float64(float32(0.1)))
	u16 := [2]uint16{65535, 1}
	println(reflect.ValueOf(u16).Index(0).Uint(), reflect.ValueOf(&u16).Elem().Index(0).Addr().Interface().(*uint16) != nil)
	i8s := []int8{-128}
	println(reflect.ValueOf(i8s).Index(0).Int())
	c := []complex64{1 + 2i}
	reflect.ValueOf(c).Index(0).SetComplex(3 - 1i)
	println(real(c[0]), imag(c[0]))
}
