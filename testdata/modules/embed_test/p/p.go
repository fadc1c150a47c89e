package p

import "strings"

// Lines splits s into lines.
func Lines(s string) []string { return strings.Split(strings.TrimSuffix(s, "\n"), "\n") }
