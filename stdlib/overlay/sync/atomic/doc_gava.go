package atomic

// gc implements these in assembly (doc.go declares them without body); gava binds them to
// gava.runtime.Atomics, which makes every operation on one variable take that variable's lock.

import "unsafe"

//gava:java gava.runtime.Atomics.swapInt32
func SwapInt32(addr *int32, new int32) (old int32)

//gava:java gava.runtime.Atomics.swapInt64
func SwapInt64(addr *int64, new int64) (old int64)

//gava:java gava.runtime.Atomics.swapUint32
func SwapUint32(addr *uint32, new uint32) (old uint32)

//gava:java gava.runtime.Atomics.swapUint64
func SwapUint64(addr *uint64, new uint64) (old uint64)

//gava:java gava.runtime.Atomics.swapUintptr
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

//gava:java gava.runtime.Atomics.swapPointer
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)

//gava:java gava.runtime.Atomics.compareAndSwapInt32
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

//gava:java gava.runtime.Atomics.compareAndSwapInt64
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

//gava:java gava.runtime.Atomics.compareAndSwapUint32
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

//gava:java gava.runtime.Atomics.compareAndSwapUint64
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

//gava:java gava.runtime.Atomics.compareAndSwapUintptr
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

//gava:java gava.runtime.Atomics.compareAndSwapPointer
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

//gava:java gava.runtime.Atomics.addInt32
func AddInt32(addr *int32, delta int32) (new int32)

//gava:java gava.runtime.Atomics.addUint32
func AddUint32(addr *uint32, delta uint32) (new uint32)

//gava:java gava.runtime.Atomics.addInt64
func AddInt64(addr *int64, delta int64) (new int64)

//gava:java gava.runtime.Atomics.addUint64
func AddUint64(addr *uint64, delta uint64) (new uint64)

//gava:java gava.runtime.Atomics.addUintptr
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

//gava:java gava.runtime.Atomics.loadInt32
func LoadInt32(addr *int32) (val int32)

//gava:java gava.runtime.Atomics.loadInt64
func LoadInt64(addr *int64) (val int64)

//gava:java gava.runtime.Atomics.loadUint32
func LoadUint32(addr *uint32) (val uint32)

//gava:java gava.runtime.Atomics.loadUint64
func LoadUint64(addr *uint64) (val uint64)

//gava:java gava.runtime.Atomics.loadUintptr
func LoadUintptr(addr *uintptr) (val uintptr)

//gava:java gava.runtime.Atomics.loadPointer
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)

//gava:java gava.runtime.Atomics.storeInt32
func StoreInt32(addr *int32, val int32)

//gava:java gava.runtime.Atomics.storeInt64
func StoreInt64(addr *int64, val int64)

//gava:java gava.runtime.Atomics.storeUint32
func StoreUint32(addr *uint32, val uint32)

//gava:java gava.runtime.Atomics.storeUint64
func StoreUint64(addr *uint64, val uint64)

//gava:java gava.runtime.Atomics.storeUintptr
func StoreUintptr(addr *uintptr, val uintptr)

//gava:java gava.runtime.Atomics.storePointer
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)
