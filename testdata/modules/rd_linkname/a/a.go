// Package a has an unexported variable that package main links to.
package a

var s string

var n = 1

func init() { s = "a" }

// Get returns a's s.
func Get() string { return s }

// N returns a's n.
func N() int { return n }
