package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func say(parts ...string) {
	os.Stdout.WriteString(strings.Join(parts, " ") + "\n")
}

func check(what string, err error) {
	if err != nil {
		say(what, "error:", err.Error())
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gava-os-")
	check("mkdirtemp", err)
	defer os.RemoveAll(dir)
	say("tempdir in TempDir:", strconv.FormatBool(strings.HasPrefix(dir, os.TempDir())))

	p := filepath.Join(dir, "a.txt")
	check("writefile", os.WriteFile(p, []byte("hello\nworld\n"), 0644))
	b, err := os.ReadFile(p)
	check("readfile", err)
	say("read:", strconv.Quote(string(b)))

	fi, err := os.Stat(p)
	check("stat", err)
	say("stat:", fi.Name(), strconv.FormatInt(fi.Size(), 10), fi.Mode().String(), strconv.FormatBool(fi.IsDir()))

	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	check("openfile", err)
	n, err := f.WriteString("more\n")
	check("append", err)
	say("appended", strconv.Itoa(n))
	check("close", f.Close())
	_, err = f.Write([]byte("x"))
	say("write after close:", strings.Replace(err.Error(), dir, "DIR", 1))

	f, err = os.Open(p)
	check("open", err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	say("read", strconv.Itoa(n), string(buf[:n]))
	off, err := f.Seek(-5, io.SeekEnd)
	check("seek", err)
	rest, err := io.ReadAll(f)
	check("readall", err)
	say("seek", strconv.FormatInt(off, 10), strconv.Quote(string(rest)))
	n, err = f.ReadAt(buf, 6)
	say("readat", strconv.Itoa(n), string(buf[:n]))
	n, err = f.Read(buf)
	say("read at eof", strconv.Itoa(n), strconv.FormatBool(err == io.EOF))
	f.Close()

	_, err = os.Open(filepath.Join(dir, "nope"))
	say("IsNotExist:", strconv.FormatBool(os.IsNotExist(err)), strconv.FormatBool(errors.Is(err, fs.ErrNotExist)))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		say("PathError op:", pe.Op, "base:", filepath.Base(pe.Path), "err:", pe.Err.Error())
	}
	_, err = os.Open("/nonexistent/file")
	say(err.Error())

	check("mkdirall", os.MkdirAll(filepath.Join(dir, "x", "y", "z"), 0755))
	err = os.Mkdir(filepath.Join(dir, "x"), 0755)
	say("mkdir existing:", strconv.FormatBool(os.IsExist(err)), strings.Replace(err.Error(), dir, "DIR", 1))
	check("write b", os.WriteFile(filepath.Join(dir, "x", "b.txt"), nil, 0600))
	check("rename", os.Rename(p, filepath.Join(dir, "x", "c.txt")))

	entries, err := os.ReadDir(filepath.Join(dir, "x"))
	check("readdir", err)
	for _, e := range entries {
		info, _ := e.Info()
		say("entry", e.Name(), strconv.FormatBool(e.IsDir()), e.Type().String(), info.Mode().Perm().String())
	}

	var walked []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		walked = append(walked, rel)
		return nil
	})
	sort.Strings(walked)
	say("walk:", strings.Join(walked, ","))

	err = os.Remove(filepath.Join(dir, "x"))
	say("remove non-empty:", strings.Replace(err.Error(), dir, "DIR", 1))
	check("removeall", os.RemoveAll(filepath.Join(dir, "x")))
	_, err = os.Stat(filepath.Join(dir, "x"))
	say("after removeall:", strconv.FormatBool(os.IsNotExist(err)))

	check("symlink", os.Symlink("target", filepath.Join(dir, "link")))
	t, err := os.Readlink(filepath.Join(dir, "link"))
	say("readlink:", t)
	li, err := os.Lstat(filepath.Join(dir, "link"))
	say("lstat link:", li.Mode().String(), strconv.FormatBool(li.Mode()&fs.ModeSymlink != 0))

	cf, err := os.CreateTemp(dir, "tmp*.dat")
	check("createtemp", err)
	say("createtemp:", strconv.FormatBool(strings.HasPrefix(filepath.Base(cf.Name()), "tmp")), strconv.FormatBool(strings.HasSuffix(cf.Name(), ".dat")))
	cf.Close()

	wd, _ := os.Getwd()
	check("chdir", os.Chdir(dir))
	wd2, _ := os.Getwd()
	real, _ := filepath.EvalSymlinks(dir)
	say("chdir:", strconv.FormatBool(wd2 == real))
	check("write rel", os.WriteFile("rel.txt", []byte("r"), 0644))
	_, err = os.Stat(filepath.Join(dir, "rel.txt"))
	say("relative write lands in new wd:", strconv.FormatBool(err == nil))
	os.Chdir(wd)

	check("chmod", os.Chmod(filepath.Join(dir, "rel.txt"), 0600))
	fi, _ = os.Stat(filepath.Join(dir, "rel.txt"))
	say("chmod:", fi.Mode().String())
	check("truncate", os.Truncate(filepath.Join(dir, "rel.txt"), 10))
	fi, _ = os.Stat(filepath.Join(dir, "rel.txt"))
	say("truncate:", strconv.FormatInt(fi.Size(), 10))
}
