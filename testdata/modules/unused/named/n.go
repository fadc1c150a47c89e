package other

func N() {}
