package vtt

import (
	"testing"

	"example.com/vtt/helper"
)

func TestDouble(t *testing.T) {
	if Double(2) != 4 {
		t.Errorf("Double(2) = %d", "four")
		t.Fatal(helper.Failf("want %d", "4"))
	}
}

func Testdouble(t *testing.T) {}

func ExampleDouble_bad() {}
