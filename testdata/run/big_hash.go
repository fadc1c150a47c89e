// hash/crc32, crc64, adler32, fnv of known inputs (hex printed by hand).
package main

import (
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
)

func hex(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

func main() {
	inputs := []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog", "日本語"}
	for _, in := range inputs {
		d := []byte(in)
		println(crc32.ChecksumIEEE(d), crc32.Checksum(d, crc32.MakeTable(crc32.Castagnoli)), crc32.Checksum(d, crc32.MakeTable(crc32.Koopman)),
			crc64.Checksum(d, crc64.MakeTable(crc64.ISO)), crc64.Checksum(d, crc64.MakeTable(crc64.ECMA)), adler32.Checksum(d))
		hs := []hash.Hash{fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a(), crc32.NewIEEE(), adler32.New()}
		for _, h := range hs {
			h.Write(d)
			print(hex(h.Sum(nil)), " ", h.Size(), " ")
		}
		println()
	}
	h := crc32.NewIEEE()
	h.Write([]byte("hello "))
	h.Write([]byte("world"))
	println(h.Sum32(), crc32.ChecksumIEEE([]byte("hello world")), crc32.Update(0, crc32.IEEETable, []byte("hello world")))
	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte(i * 31)
	}
	println(crc32.ChecksumIEEE(big), adler32.Checksum(big), crc64.Checksum(big, crc64.MakeTable(crc64.ECMA)))
	f := fnv.New64a()
	f.Write(big)
	println(f.Sum64())
}
