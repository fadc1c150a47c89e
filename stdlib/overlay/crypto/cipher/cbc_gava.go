// gava's overlay of crypto/cipher: cbc.go converts *cbc to *cbcEncrypter / *cbcDecrypter (pointer
// conversions between distinct struct types, which are distinct JVM classes in gava): the
// constructors build the target type directly instead.
package cipher

func NewCBCEncrypter(b Block, iv []byte) BlockMode {
	if len(iv) != b.BlockSize() {
		panic("cipher.NewCBCEncrypter: IV length must equal block size")
	}
	if cbc, ok := b.(cbcEncAble); ok {
		return cbc.NewCBCEncrypter(iv)
	}
	return newCBCGenericEncrypter(b, iv)
}

func newCBCGenericEncrypter(b Block, iv []byte) BlockMode {
	if len(iv) != b.BlockSize() {
		panic("cipher.NewCBCEncrypter: IV length must equal block size")
	}
	c := cbcEncrypter(*newCBC(b, iv))
	return &c
}

func NewCBCDecrypter(b Block, iv []byte) BlockMode {
	if len(iv) != b.BlockSize() {
		panic("cipher.NewCBCDecrypter: IV length must equal block size")
	}
	if cbc, ok := b.(cbcDecAble); ok {
		return cbc.NewCBCDecrypter(iv)
	}
	return newCBCGenericDecrypter(b, iv)
}

func newCBCGenericDecrypter(b Block, iv []byte) BlockMode {
	if len(iv) != b.BlockSize() {
		panic("cipher.NewCBCDecrypter: IV length must equal block size")
	}
	c := cbcDecrypter(*newCBC(b, iv))
	return &c
}
