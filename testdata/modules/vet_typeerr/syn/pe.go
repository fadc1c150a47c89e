package syn

func F() {
	x := 
}
