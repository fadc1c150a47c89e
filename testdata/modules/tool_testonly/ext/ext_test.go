// Only an external test package: the package under test is empty.
package ext_test

import "testing"

func TestAlone(t *testing.T) { t.Log("alone") }
