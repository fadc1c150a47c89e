package a

import "example.com/b"

func V() string { return "a v1.0.0 with " + b.V }
