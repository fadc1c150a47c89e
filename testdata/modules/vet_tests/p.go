// Package vtt is clean; its tests are not.
package vtt

// Double doubles.
func Double(x int) int { return 2 * x }
