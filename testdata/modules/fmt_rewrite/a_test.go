package main
import "testing"
func TestX(t *testing.T){if 1+1!=2{t.Fatal("math")}}
