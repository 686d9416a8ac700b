package main

import (
	"runtime/debug"
	"testing"

	"github.com/crosscheck-bot/crosscheck/config"
)

// TestLimitMemory: the config's limit applies unless GOMEMLIMIT is set or
// the config asks for none.
func TestLimitMemory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	for name, tt := range map[string]struct {
		mb     int
		env    string
		wantMB int64 // 0: left as it was
	}{
		"the config's limit":     {mb: 140, wantMB: 140},
		"GOMEMLIMIT wins":        {mb: 140, env: "1GiB"},
		"0 asks for no limit":    {mb: 0},
		"a small limit is taken": {mb: 64, wantMB: 64},
	} {
		t.Run(name, func(t *testing.T) {
			const unset = int64(1) << 62
			debug.SetMemoryLimit(unset)
			cfg := config.Default()
			cfg.MemoryLimitMB = tt.mb
			limitMemory(cfg, func(k string) string {
				if k == "GOMEMLIMIT" {
					return tt.env
				}
				return ""
			})
			want := unset
			if tt.wantMB > 0 {
				want = tt.wantMB << 20
			}
			if got := debug.SetMemoryLimit(-1); got != want {
				t.Errorf("memory limit = %d, want %d", got, want)
			}
		})
	}
}
