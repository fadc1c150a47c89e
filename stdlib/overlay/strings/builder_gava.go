// gava's overlay of strings: the declarations of builder.go and clone.go that reinterpret memory
// through unsafe.Pointer.
package strings

import "unsafe"

// noescape is the identity (gc: hides a pointer from escape analysis through uintptr arithmetic).
func noescape(p unsafe.Pointer) unsafe.Pointer {
	return p
}

// copyCheck panics when a Builder was copied by value: a *Builder is the struct object itself, so
// the copy's addr still points to the original.
func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string (sharing the buffer's bytes, as gc does).
func (b *Builder) String() string {
	return bytesAsString(b.buf)
}

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return bytesAsString(b)
}

//gava:java gava.runtime.StdUnsafe.bytesAsString
func bytesAsString(b []byte) string
