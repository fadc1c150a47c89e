package feat

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func check(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	t.Logf("checked %q", got)
}

func TestHelper(t *testing.T) {
	check(t, Rev("abc"), "cba")
}

func TestCleanup(t *testing.T) {
	t.Cleanup(func() { fmt.Println("cleanup 1") })
	t.Cleanup(func() { fmt.Println("cleanup 2") })
	fmt.Println("body")
}

func TestTempDirSetenv(t *testing.T) {
	d := t.TempDir()
	p := filepath.Join(d, "f.txt")
	if err := os.WriteFile(p, []byte("hi"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	t.Setenv("FEAT_VAR", "set")
	t.Logf("read %s, FEAT_VAR=%s", b, os.Getenv("FEAT_VAR"))
}

func TestParallel(t *testing.T) {
	for _, s := range []string{"a", "bc"} {
		s := s
		t.Run(s, func(t *testing.T) {
			t.Parallel()
			if Rev(Rev(s)) != s {
				t.Error(s)
			}
		})
	}
}

func TestSkip(t *testing.T) {
	t.Skip("not today")
}

func FuzzRev(f *testing.F) {
	f.Add("hello")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		if Rev(Rev(s)) != s {
			t.Errorf("Rev twice of %q", s)
		}
		t.Logf("seed %q", s)
	})
}

func BenchmarkRev(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Rev("hello, world")
	}
}

func ExampleRev() {
	fmt.Println(Rev("gava"))
	// Output: avag
}

func ExampleRev_unordered() {
	for _, s := range []string{"ab", "cd", "ef"} {
		fmt.Println(Rev(s))
	}
	// Unordered output:
	// fe
	// ba
	// dc
}
