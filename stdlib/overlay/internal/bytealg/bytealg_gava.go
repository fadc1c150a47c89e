// gava's overlay of internal/bytealg: the generic Go files of the package apply (GOARCH=jvm); the
// ABI wrappers gc generates for the runtime's memequal (linkname declarations without body) have
// no meaning on the JVM: gava compares strings and arrays itself.
package bytealg

//gava:omit equal_native.go
