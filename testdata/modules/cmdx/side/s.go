package side

func init() { println("side.init (blank import)") }
