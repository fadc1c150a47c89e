// Package feat is exercised by feat_test.go: the testing features gava test supports.
package feat

// Rev reverses a string's bytes.
func Rev(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}
