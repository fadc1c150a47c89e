// encoding/base64, hex, binary, csv, pem.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/csv"
	"encoding/hex"
	"encoding/pem"
	"strings"
)

func main() {
	data := []byte("any carnal pleas\xff\xfe\x00 ure.")
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		s := enc.EncodeToString(data)
		back, err := enc.DecodeString(s)
		println(s, bytes.Equal(back, data), err == nil, enc.EncodedLen(10), enc.DecodedLen(16))
	}
	_, err := base64.StdEncoding.DecodeString("bad*input")
	println(err.Error())
	var b64 bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &b64)
	w.Write([]byte("streamed"))
	w.Write([]byte(" encoder"))
	w.Close()
	println(b64.String())

	h := hex.EncodeToString([]byte("Hello Gopher!"))
	d, err := hex.DecodeString(h)
	println(h, string(d), err == nil)
	_, err = hex.DecodeString("zz")
	println(err.Error())
	_, err = hex.DecodeString("abc")
	println(err.Error())
	print(hex.Dump([]byte("dump this text, please: 0123456789")))

	buf := make([]byte, 8)
	binary.BigEndian.PutUint32(buf, 0xDEADBEEF)
	binary.LittleEndian.PutUint16(buf[4:], 0x1234)
	println(hex.EncodeToString(buf), binary.BigEndian.Uint32(buf), binary.LittleEndian.Uint64(buf), binary.BigEndian.String())
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -12345)
	u, n := binary.Uvarint(vb)
	v, m := binary.Varint(vb[n:])
	println(hex.EncodeToString(vb), u, n, v, m, binary.PutUvarint(make([]byte, 10), 1<<63))
	var out bytes.Buffer
	binary.Write(&out, binary.LittleEndian, uint32(7))
	binary.Write(&out, binary.BigEndian, int16(-2))
	binary.Write(&out, binary.BigEndian, []uint16{1, 2})
	println(hex.EncodeToString(out.Bytes()))
	var x uint32
	var y int16
	rd := bytes.NewReader(out.Bytes())
	binary.Read(rd, binary.LittleEndian, &x)
	binary.Read(rd, binary.BigEndian, &y)
	println(x, y, binary.Size(uint64(0)))

	r := csv.NewReader(strings.NewReader("name,age\n\"Smith, J\",42\n\"say \"\"hi\"\"\",7\n"))
	recs, err := r.ReadAll()
	println(len(recs), err == nil)
	for _, rec := range recs {
		println(strings.Join(rec, "|"), len(rec))
	}
	_, err = csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	println(err.Error())
	var cb bytes.Buffer
	cw := csv.NewWriter(&cb)
	cw.Write([]string{"x", "needs,quote", "has \"q\""})
	cw.Write([]string{"", " lead", "multi\nline"})
	cw.Flush()
	print(cb.String())

	blk := &pem.Block{Type: "TEST DATA", Headers: map[string]string{"Proc-Type": "4,ENCRYPTED"}, Bytes: bytes.Repeat([]byte{1, 2, 3, 250}, 20)}
	enc := pem.EncodeToMemory(blk)
	print(string(enc))
	p, rest := pem.Decode(append(enc, "trailer"...))
	println(p.Type, p.Headers["Proc-Type"], bytes.Equal(p.Bytes, blk.Bytes), string(rest))
}
