package inner

func I() {}
