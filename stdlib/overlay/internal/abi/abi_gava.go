package abi

import "unsafe"

// gava: the declarations of internal/abi tied to gc's memory layout and compiler intrinsics.
// There are no argument registers and no code addresses on the JVM.

// IntRegArgAddr returns a pointer to r.Ints[reg] (GOARCH=jvm is little-endian: no offset).
func (r *RegArgs) IntRegArgAddr(reg int, argSize uintptr) unsafe.Pointer {
	if argSize > 8 || argSize == 0 || argSize&(argSize-1) != 0 {
		panic("invalid argSize")
	}
	return unsafe.Pointer(&r.Ints[reg])
}

// FuncPCABI0 returns 0: JVM methods have no entry address.
func FuncPCABI0(f any) uintptr { return 0 }

// FuncPCABIInternal returns 0: JVM methods have no entry address.
func FuncPCABIInternal(f any) uintptr { return 0 }
