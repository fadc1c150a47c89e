package q

var Start = 10

func init() { println("q.init") }

func Bias() int { return 0 }
