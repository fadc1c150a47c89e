// An instance with the wrong number of type arguments is still a type of its
// own (with an invalid underlying type): values of it are not assignable to
// other types (Go issues 51232, 51233).

package p

type RC[RG any] interface {
	~[]RG
}

type Fn[RCT RC[RG], RG any] func(RCT)

type FFn[RCT RC[RG], RG any] func() Fn[RCT]

type F[RCT RC[RG], RG any] interface {
	Fn() Fn[RCT]
}

type concreteF[RCT RC[RG], RG any] struct {
	makeFn func() Fn[RCT]
	ffn    FFn[RCT]
}

func (c *concreteF[RCT, RG]) Fn() Fn[RCT] {
	c.ffn()
	return c.makeFn()
}

func NewConcrete[RCT RC[RG], RG any](Rc RCT) F[RCT] {
	return &concreteF[RCT]{
		makeFn: nil,
	}
}
