package pipeline

import (
	"strings"
	"testing"
)

func TestGuardTurnsAPanicIntoAnError(t *testing.T) {
	err := guard(func() {
		var s []int
		_ = s[3]
	})
	if err == nil || !strings.Contains(err.Error(), "panic: runtime error: index out of range") {
		t.Errorf("guard = %v, want the panic as an error", err)
	}
	if err := guard(func() {}); err != nil {
		t.Errorf("guard of a quiet func = %v", err)
	}
}
