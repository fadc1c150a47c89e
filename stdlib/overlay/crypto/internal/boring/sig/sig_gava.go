// gava's overlay of crypto/internal/boring/sig: gc implements these markers in assembly (code
// signatures a binary scanner looks for); on the JVM they do nothing.
package sig

func BoringCrypto() {}

func FIPSOnly() {}

func StandardCrypto() {}
