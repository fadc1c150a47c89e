package dot

func D() {}
