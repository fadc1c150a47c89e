// Package helper is imported by tests only.
package helper

import "fmt"

// Failf formats like fmt.Sprintf.
func Failf(format string, args ...interface{}) string {
	return fmt.Sprintf(format, args...)
}
