// compress/flate, gzip, zlib round trips (compressed bytes and checksums compared with gc's).
package main

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/hex"
	"hash/crc32"
	"io"
	"strings"
)

func main() {
	text := []byte(strings.Repeat("the quick brown fox jumps over the lazy dog. ", 200) + "tail 0123456789")
	for _, level := range []int{flate.NoCompression, flate.BestSpeed, flate.DefaultCompression, flate.BestCompression, flate.HuffmanOnly} {
		var buf bytes.Buffer
		w, err := flate.NewWriter(&buf, level)
		if err != nil {
			println(err.Error())
			continue
		}
		w.Write(text)
		w.Close()
		comp := buf.Bytes()
		r := flate.NewReader(bytes.NewReader(comp))
		back, err := io.ReadAll(r)
		println(level, len(comp), crc32.ChecksumIEEE(comp), bytes.Equal(back, text), err == nil)
	}

	var gz bytes.Buffer
	gw := gzip.NewWriter(&gz)
	gw.Name = "fox.txt"
	gw.Comment = "a comment"
	gw.Write(text)
	gw.Close()
	b := gz.Bytes()
	println(len(b), hex.EncodeToString(b[:4]), hex.EncodeToString(b[len(b)-8:]))
	gr, err := gzip.NewReader(bytes.NewReader(b))
	println(err == nil, gr.Name, gr.Comment)
	back, err := io.ReadAll(gr)
	println(bytes.Equal(back, text), err == nil)
	_, err = gzip.NewReader(bytes.NewReader([]byte("not gzip data")))
	println(err.Error())

	var zb bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&zb, zlib.BestCompression)
	zw.Write(text)
	zw.Close()
	zbytes := zb.Bytes()
	println(len(zbytes), hex.EncodeToString(zbytes[:2]), hex.EncodeToString(zbytes[len(zbytes)-4:]))
	zr, err := zlib.NewReader(bytes.NewReader(zbytes))
	back, _ = io.ReadAll(zr)
	println(err == nil, bytes.Equal(back, text))
	corrupt := append([]byte(nil), zbytes...)
	corrupt[len(corrupt)-1] ^= 1
	zr, _ = zlib.NewReader(bytes.NewReader(corrupt))
	_, err = io.ReadAll(zr)
	println(err.Error())

	// a random-ish incompressible input
	rnd := make([]byte, 50000)
	x := uint32(1)
	for i := range rnd {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		rnd[i] = byte(x)
	}
	var rb bytes.Buffer
	fw, _ := flate.NewWriter(&rb, flate.DefaultCompression)
	fw.Write(rnd)
	fw.Close()
	back, _ = io.ReadAll(flate.NewReader(&rb))
	println(rb.Len() > 0, bytes.Equal(back, rnd), crc32.ChecksumIEEE(back))
}
