package p

func F() {
	x := 
}
