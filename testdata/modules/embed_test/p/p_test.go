package p

import (
	"embed"
	"testing"
)

//go:embed testdata/golden.txt
var golden string

//go:embed testdata
var data embed.FS

func TestLines(t *testing.T) {
	got := Lines(golden)
	if len(got) != 2 || got[1] != "golden line 2" {
		t.Fatalf("Lines(%q) = %q", golden, got)
	}
	t.Logf("%d lines: %q", len(got), got)
}

func TestFS(t *testing.T) {
	b, err := data.ReadFile("testdata/golden.txt")
	if err != nil || string(b) != golden {
		t.Fatalf("ReadFile: %q %v", b, err)
	}
	es, _ := data.ReadDir("testdata")
	for _, e := range es {
		t.Log(e.Name())
	}
}
