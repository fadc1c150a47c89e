package reflectlite

// The Java half of the type side: gava.runtime.RTypeGo (descriptors are gava.runtime.RType).

//gava:java gava.runtime.RTypeGo.typeOf
func rtTypeOf(i any) any

//gava:java gava.runtime.RTypeGo.wrapper
func rtWrapper(d any, slot int) any

//gava:java gava.runtime.RTypeGo.setWrapper
func rtSetWrapper(d any, slot int, w any) any

//gava:java gava.runtime.RTypeGo.kind
func rtKind(d any) int

//gava:java gava.runtime.RTypeGo.name
func rtName(d any) string

//gava:java gava.runtime.RTypeGo.pkgPath
func rtPkgPath(d any) string

//gava:java gava.runtime.RTypeGo.string
func rtString(d any) string

//gava:java gava.runtime.RTypeGo.size
func rtSize(d any) int

//gava:java gava.runtime.RTypeGo.comparable
func rtComparable(d any) bool

//gava:java gava.runtime.RTypeGo.elem
func rtElem(d any) any

//gava:java gava.runtime.RTypeGo.len
func rtLen(d any) int

//gava:java gava.runtime.RTypeGo.numMethod
func rtNumMethod(d any) int

//gava:java gava.runtime.RTypeGo.implementsIface
func rtImplements(d, u any) bool

//gava:java gava.runtime.RTypeGo.assignableTo
func rtAssignableTo(d, u any) bool
