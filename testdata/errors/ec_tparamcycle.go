// A generic type used in its own type parameter list is an invalid recursive
// type (Go issue 46461); in its methods or fields it is fine.

package p

type T[U interface{ M() T[U] }] int

type X int

func (X) M() T[X] { return 0 }

type K[P interface{ *K[P] }] struct{}

type L[P any] struct{ next *L[P] }

type G[P any] interface{ m() G[P] }

func f[P G[P]]() {}

func g[P interface{ m() L[P] }]() {}
