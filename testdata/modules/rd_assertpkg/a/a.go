// Package a holds values whose types look like main's but come from package a.
package a

// X is an unnamed struct with an unexported field: its type belongs to package a.
var X interface{} = struct{ x int }{1}

// T is a named type with the same name as main.T.
type T struct{ n int }

// Y holds an a.T.
var Y interface{} = T{2}

// Z is an unnamed struct with exported fields only: the same type as main's.
var Z interface{} = struct{ N int }{3}
