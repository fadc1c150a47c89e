// gava's overlay of crypto/sha256: Sum224 converts a slice of a 32-byte array to *[28]byte, which a
// JVM array cannot alias (design.md); it copies the digest's first bytes instead.
package sha256

func Sum224(data []byte) (sum224 [Size224]byte) {
	var d digest
	d.is224 = true
	d.Reset()
	d.Write(data)
	sum := d.checkSum()
	copy(sum224[:], sum[:Size224])
	return
}
