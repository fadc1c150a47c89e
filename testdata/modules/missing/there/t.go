package there

func H() {}
