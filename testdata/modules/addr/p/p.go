package p

type Count int

func (c *Count) Inc() { *c++ }

var N int = 10

var C Count

var S struct{ A int }

func Get() int { return N }
