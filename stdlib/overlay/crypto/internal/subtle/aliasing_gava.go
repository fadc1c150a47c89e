// gava's overlay of crypto/internal/subtle: gc compares element addresses through uintptr; gava asks
// the runtime whether two byte slices share their backing array and intersect.
package subtle

//gava:java gava.runtime.StdUnsafe.anyOverlap
func AnyOverlap(x, y []byte) bool

//gava:java gava.runtime.StdUnsafe.inexactOverlap
func InexactOverlap(x, y []byte) bool
