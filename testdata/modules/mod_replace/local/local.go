// Package local is a module replaced by this directory.
package local

// Name names it.
const Name = "local replacement"
