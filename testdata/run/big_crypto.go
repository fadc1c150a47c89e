// crypto/md5, sha1, sha256, sha512, hmac of known inputs (hex printed by hand: no fmt, os).
package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
)

// hex stands for encoding/hex (which imports fmt).
type hexer struct{}

var hex hexer

func (hexer) EncodeToString(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

func main() {
	inputs := []string{"", "abc", "The quick brown fox jumps over the lazy dog", "日本語テキスト"}
	for _, in := range inputs {
		d := []byte(in)
		m := md5.Sum(d)
		s1 := sha1.Sum(d)
		s2 := sha256.Sum256(d)
		s224 := sha256.Sum224(d)
		s5 := sha512.Sum512(d)
		s384 := sha512.Sum384(d)
		s512_256 := sha512.Sum512_256(d)
		println(hex.EncodeToString(m[:]), hex.EncodeToString(s1[:]))
		println(hex.EncodeToString(s2[:]), hex.EncodeToString(s224[:]))
		println(hex.EncodeToString(s5[:]))
		println(hex.EncodeToString(s384[:]), hex.EncodeToString(s512_256[:]))
	}
	// streaming in uneven pieces equals one-shot
	big := make([]byte, 100003)
	for i := range big {
		big[i] = byte(i*7 + i>>8)
	}
	hs := []func() hash.Hash{md5.New, sha1.New, sha256.New, sha256.New224, sha512.New, sha512.New384}
	for _, nh := range hs {
		h := nh()
		for off := 0; off < len(big); {
			n := 1 + off%977
			if off+n > len(big) {
				n = len(big) - off
			}
			h.Write(big[off : off+n])
			off += n
		}
		one := nh()
		one.Write(big)
		println(hex.EncodeToString(h.Sum(nil)), hmac.Equal(h.Sum(nil), one.Sum(nil)), h.Size(), h.BlockSize())
	}
	mac := hmac.New(sha256.New, []byte("key"))
	mac.Write([]byte("The quick brown fox jumps over the lazy dog"))
	sum := mac.Sum(nil)
	println(hex.EncodeToString(sum))
	mac.Reset()
	mac.Write([]byte("message"))
	println(hex.EncodeToString(mac.Sum(nil)))
	m5 := hmac.New(md5.New, []byte("a much longer key that exceeds the block size of md5, which is sixty-four bytes long"))
	m5.Write([]byte("data"))
	println(hex.EncodeToString(m5.Sum(nil)), hmac.Equal(sum, sum[:31]))
}
