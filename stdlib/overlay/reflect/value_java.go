package reflect

import "unsafe"

// The Java side of reflect.Value (gava.runtime.RValues, RValueCall): every function takes the
// Value's handle h (a gava.runtime.RValue, never nil) and returns raw values or new handles.

//gava:java gava.runtime.RValues.valueOf
func rvValueOf(i any) any

//gava:java gava.runtime.RValues.zero
func rvZero(t any) any

//gava:java gava.runtime.RValues.newValue
func rvNew(t any) any

//gava:java gava.runtime.RValues.type
func rvType(h any) any

//gava:java gava.runtime.RValues.kind
func rvKind(h any) int

//gava:java gava.runtime.RValues.flag
func rvFlag(h any) int

//gava:java gava.runtime.RValues.iface
func rvIface(h any) any

//gava:java gava.runtime.RValues.toInt
func rvInt(h any) int64

//gava:java gava.runtime.RValues.toUint
func rvUint(h any) uint64

//gava:java gava.runtime.RValues.toFloat
func rvFloat(h any) float64

//gava:java gava.runtime.RValues.toComplex
func rvComplex(h any) complex128

//gava:java gava.runtime.RValues.toStr
func rvString(h any) string

//gava:java gava.runtime.RValues.toBool
func rvBool(h any) bool

//gava:java gava.runtime.RValues.raw
func rvRaw(h any) any

//gava:java gava.runtime.RValues.isNil
func rvIsNil(h any) bool

//gava:java gava.runtime.RValues.pointer
func rvPointer(h any) uintptr

//gava:java gava.runtime.RValues.isZero
func rvIsZero(h any) bool

//gava:java gava.runtime.RValues.len
func rvLen(h any) int

//gava:java gava.runtime.RValues.cap
func rvCap(h any) int

//gava:java gava.runtime.RValues.index
func rvIndex(h any, i int) any

//gava:java gava.runtime.RValues.field
func rvField(h any, i int) any

//gava:java gava.runtime.RValues.elem
func rvElem(h any) any

//gava:java gava.runtime.RValues.addr
func rvAddr(h any) any

//gava:java gava.runtime.RValues.slice3
func rvSlice3(h any, i, j, k int) any

//gava:java gava.runtime.RValues.sliceString
func rvSliceString(h any, i, j int) any

//gava:java gava.runtime.RValues.mapIndex
func rvMapIndex(h any, key any) any

//gava:java gava.runtime.RValues.mapKeys
func rvMapKeys(h any) []any

//gava:java gava.runtime.RValues.mapIter
func rvMapIter(h any) any

//gava:java gava.runtime.RValues.mapIterNext
func rvMapIterNext(it any) bool

//gava:java gava.runtime.RValues.mapIterKey
func rvMapIterKey(h any, it any) any

//gava:java gava.runtime.RValues.mapIterValue
func rvMapIterValue(h any, it any) any

//gava:java gava.runtime.RValues.setMapIndex
func rvSetMapIndex(h any, key any, elem any)

//gava:java gava.runtime.RValues.makeMap
func rvMakeMap(t any, n int) any

//gava:java gava.runtime.RValues.set
func rvSet(h any, x any)

//gava:java gava.runtime.RValues.setInt
func rvSetInt(h any, x int64)

//gava:java gava.runtime.RValues.setFloat
func rvSetFloat(h any, x float64)

//gava:java gava.runtime.RValues.setComplex
func rvSetComplex(h any, x complex128)

//gava:java gava.runtime.RValues.setString
func rvSetString(h any, x string)

//gava:java gava.runtime.RValues.setBool
func rvSetBool(h any, x bool)

//gava:java gava.runtime.RValues.setBytes
func rvSetBytes(h any, x []byte)

//gava:java gava.runtime.RValues.setRunes
func rvSetRunes(h any, x []rune)

//gava:java gava.runtime.RValues.setPointer
func rvSetPointer(h any, x unsafe.Pointer)

//gava:java gava.runtime.RValues.bytes
func rvBytes(h any) []byte

//gava:java gava.runtime.RValues.runes
func rvRunes(h any) []rune

//gava:java gava.runtime.RValues.setLenCap
func rvSetLenCap(h any, n, c int)

//gava:java gava.runtime.RValues.makeSlice
func rvMakeSlice(t any, n, c int) any

//gava:java gava.runtime.RValues.append
func rvAppend(h any, xs []any) any

//gava:java gava.runtime.RValues.appendSlice
func rvAppendSlice(h any, t any) any

//gava:java gava.runtime.RValues.copy
func rvCopy(dst, src any) int

//gava:java gava.runtime.RValues.makeChan
func rvMakeChan(t any, n int) any

//gava:java gava.runtime.RValues.send
func rvSend(h any, x any)

//gava:java gava.runtime.RValues.recv
func rvRecv(h any) any

//gava:java gava.runtime.RValues.close
func rvClose(h any)

//gava:java gava.runtime.RValues.convert
func rvConvert(h any, t any) any

//gava:java gava.runtime.RValues.deepEqual
func rvDeepEqual(a, b any) bool

//gava:java gava.runtime.RValueCall.method
func rvMethod(h any, i int) any

//gava:java gava.runtime.RValueCall.call
func rvCall(h any, args []any) []any

//gava:java gava.runtime.RValues.unsafePointer
func rvUnsafePointer(h any) unsafe.Pointer
