package sub

// Sum adds.
func Sum(xs ...int)(total int){
	for _,x:=range xs{ total+=x }
	return
}
