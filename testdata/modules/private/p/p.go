package p

func hidden() {}

var secret = 1

type T struct{ x int }
