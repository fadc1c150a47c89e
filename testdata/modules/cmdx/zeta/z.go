package zeta

import "example.com/m/common"

var Z = common.Next("zeta.Z")

func init() { println("zeta.init") }

func Name() string { return "zeta" }

func Shared() int { return common.Counter }
