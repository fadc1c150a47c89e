package alpha

import "example.com/m/common"

var A = common.Next("alpha.A")

func init() { println("alpha.init") }

func Name() string { return "alpha" }

func Shared() int { return common.Counter }
