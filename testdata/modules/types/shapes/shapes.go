package shapes

type Shape interface {
	Area() int
	Name() string
}

type Rect struct {
	W, H  int
	label string
}

func NewRect(w, h int) *Rect { return &Rect{W: w, H: h, label: "rect"} }

func (r *Rect) Area() int    { return r.W * r.H }
func (r *Rect) Name() string { return r.label }

type Square int

func (s Square) Area() int    { return int(s * s) }
func (s Square) Name() string { return "square" }

type Celsius float64

func (c Celsius) String() string { return "C" }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

var Registry = map[string]Shape{}

func Register(s Shape) { Registry[s.Name()] = s }

type Base struct{ ID int }

func (b Base) Describe() string { return "base" }

type Err struct{ Code int }

func (e *Err) Error() string { return "err" }

func Fail(c int) error {
	if c == 0 {
		return nil
	}
	return &Err{c}
}

const (
	Red = iota
	Green
	Blue
)

type Op func(int, int) int

var Ops = []Op{func(a, b int) int { return a + b }, func(a, b int) int { return a * b }}

func Sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
