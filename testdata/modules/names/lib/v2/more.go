package lib

func init() { println("lib init, total", total) }

type Embed struct{ Counter }
