package reflect

//gava:java gava.runtime.RTypeGo.align
func rtAlign(d any) int

//gava:java gava.runtime.RTypeGo.key
func rtKey(d any) any

//gava:java gava.runtime.RTypeGo.chanDir
func rtChanDir(d any) int

//gava:java gava.runtime.RTypeGo.numField
func rtNumField(d any) int

//gava:java gava.runtime.RTypeGo.fieldName
func rtFieldName(d any, i int) string

//gava:java gava.runtime.RTypeGo.fieldPkgPath
func rtFieldPkgPath(d any, i int) string

//gava:java gava.runtime.RTypeGo.fieldType
func rtFieldType(d any, i int) any

//gava:java gava.runtime.RTypeGo.fieldTag
func rtFieldTag(d any, i int) string

//gava:java gava.runtime.RTypeGo.fieldOffset
func rtFieldOffset(d any, i int) int

//gava:java gava.runtime.RTypeGo.fieldEmbedded
func rtFieldEmbedded(d any, i int) bool

//gava:java gava.runtime.RTypeGo.numIn
func rtNumIn(d any) int

//gava:java gava.runtime.RTypeGo.numOut
func rtNumOut(d any) int

//gava:java gava.runtime.RTypeGo.in
func rtIn(d any, i int) any

//gava:java gava.runtime.RTypeGo.out
func rtOut(d any, i int) any

//gava:java gava.runtime.RTypeGo.variadic
func rtVariadic(d any) bool

//gava:java gava.runtime.RTypeGo.methodName
func rtMethodName(d any, i int) string

//gava:java gava.runtime.RTypeGo.methodPkgPath
func rtMethodPkgPath(d any, i int) string

//gava:java gava.runtime.RTypeGo.methodType
func rtMethodType(d any, i int) any

//gava:java gava.runtime.RTypeGo.methodIndex
func rtMethodIndex(d any, name string) int

//gava:java gava.runtime.RTypeGo.convertibleTo
func rtConvertibleTo(d, u any) bool

//gava:java gava.runtime.RTypeGo.ptrTo
func rtPtrTo(d any) any

//gava:java gava.runtime.RTypeGo.sliceOf
func rtSliceOf(d any) any

//gava:java gava.runtime.RTypeGo.mapOf
func rtMapOf(k, e any) any

//gava:java gava.runtime.RTypeGo.arrayOf
func rtArrayOf(n int, e any) any

//gava:java gava.runtime.RTypeGo.chanOf
func rtChanOf(dir int, e any) any

//gava:java gava.runtime.RTypeGo.structOf
func rtStructOf(names, pkgPaths []string, types []any, tags []string, embedded []bool) any

//gava:java gava.runtime.RTypeGo.funcOf
func rtFuncOf(in, out []any, variadic bool) any

//gava:java gava.runtime.RTypeGo.tagLookup
func rtTagLookup(tag, key string) any
