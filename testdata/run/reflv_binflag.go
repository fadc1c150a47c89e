package main

import (
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
)

type Hdr struct {
	Magic uint32
	Ver   uint16
	Flags [2]uint8
	Len   int64
}

func main() {
	var buf bytes.Buffer
	h := Hdr{0xCAFEBABE, 3, [2]uint8{1, 2}, -5}
	fmt.Println(binary.Write(&buf, binary.BigEndian, h), buf.Len(), binary.Size(h))
	fmt.Printf("% x\n", buf.Bytes())
	var g Hdr
	fmt.Println(binary.Read(&buf, binary.BigEndian, &g), g)

	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	n := fs.Int("n", 1, "count")
	s := fs.String("s", "d", "str")
	b := fs.Bool("v", false, "verbose")
	fmt.Println(fs.Parse([]string{"-n", "5", "-v", "-s=hi", "rest"}), *n, *s, *b, fs.Args())
}
