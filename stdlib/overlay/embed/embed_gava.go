package embed

// gavaFS is how gava's compiler initialises a //go:embed variable of type FS (gc writes the
// []file as static data): table holds the files in the compiler's order (embedFileLess), each
// as its name's length (4 bytes, big-endian), the name, the data's length, the data and the
// 16-byte hash; a directory's name ends in "/" and has no data. The names and data share the
// table's bytes.
func gavaFS(table string) FS {
	var files []file
	for i := 0; i < len(table); {
		n := gavaLen(table, i)
		name := table[i+4 : i+4+n]
		i += 4 + n
		n = gavaLen(table, i)
		data := table[i+4 : i+4+n]
		i += 4 + n
		f := file{name: name, data: data}
		copy(f.hash[:], table[i:i+16])
		i += 16
		files = append(files, f)
	}
	return FS{files: &files}
}

func gavaLen(s string, i int) int {
	return int(s[i])<<24 | int(s[i+1])<<16 | int(s[i+2])<<8 | int(s[i+3])
}
