//go:build ignore
package main
var  ignored =  1
