package main

import (
	"example.com/types/shapes"
)

type Named interface{ Name() string }

type Wrapper struct {
	shapes.Base
	inner shapes.Shape
}

type myShape struct{}

func (myShape) Area() int    { return 42 }
func (myShape) Name() string { return "mine" }

func main() {
	r := shapes.NewRect(2, 3)
	var s shapes.Shape = r
	println(s.Area(), s.Name())
	var n Named = shapes.Square(3)
	println(n.Name())
	shapes.Register(r)
	shapes.Register(shapes.Square(4))
	shapes.Register(myShape{})
	println(len(shapes.Registry), shapes.Registry["square"].Area(), shapes.Registry["mine"].Area())
	switch v := s.(type) {
	case shapes.Square:
		println("square", int(v))
	case *shapes.Rect:
		println("rect", v.W, v.H)
	}
	w := Wrapper{shapes.Base{ID: 7}, r}
	println(w.ID, w.Describe(), w.inner.Area())
	if err := shapes.Fail(3); err != nil {
		e, ok := err.(*shapes.Err)
		println(err.Error(), ok, e.Code)
	}
	println(shapes.Fail(0) == nil)
	println(shapes.Red, shapes.Green, shapes.Blue)
	for _, op := range shapes.Ops {
		println(op(3, 4))
	}
	println(shapes.Sum(1, 2, 3), shapes.Sum([]int{4, 5}...))
	area := (*shapes.Rect).Area
	println(area(r))
	name := r.Name
	println(name())
	var i interface{} = shapes.Celsius(1.5)
	if st, ok := i.(interface{ String() string }); ok {
		println(st.String())
	}
	p := shapes.Pair[string, int]{"a", 1}
	println(p.Key, p.Val)
	arr := [2]shapes.Rect{}
	arr[0].W = 5
	println(arr[0].W, arr[1].Area())
	m := map[shapes.Square]bool{2: true}
	println(m[2], m[3])
	go func() {}()
	ch := make(chan shapes.Shape, 1)
	ch <- shapes.Square(5)
	println((<-ch).Area())
}
