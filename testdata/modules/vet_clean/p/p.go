// Package p is clean.
package p

import "fmt"

// Show formats v.
func Show(v int) string { return fmt.Sprintf("%d", v) }
