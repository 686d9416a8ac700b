package main

import (
	"runtime/debug"
	"testing"

	"github.com/crosscheck-bot/crosscheck/config"
)

// TestLimitMemory: the config's limit applies unless GOMEMLIMIT is set or
// the config asks for none, and under it the collector runs at gcPercent
// unless GOGC is set.
func TestLimitMemory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	gcBefore := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetGCPercent(gcBefore) })
	for name, tt := range map[string]struct {
		mb        int
		env, gogc string
		wantMB    int64 // 0: left as it was
		wantGC    int
	}{
		"the config's limit":       {mb: 140, wantMB: 140, wantGC: gcPercent},
		"GOMEMLIMIT wins":          {mb: 140, env: "1GiB", wantGC: 100},
		"0 asks for no limit":      {mb: 0, wantGC: 100},
		"a small limit is taken":   {mb: 64, wantMB: 64, wantGC: gcPercent},
		"GOGC keeps its own value": {mb: 140, gogc: "100", wantMB: 140, wantGC: 100},
	} {
		t.Run(name, func(t *testing.T) {
			const unset = int64(1) << 62
			debug.SetMemoryLimit(unset)
			debug.SetGCPercent(100)
			cfg := config.Default()
			cfg.MemoryLimitMB = tt.mb
			limitMemory(cfg, func(k string) string {
				switch k {
				case "GOMEMLIMIT":
					return tt.env
				case "GOGC":
					return tt.gogc
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
			if got := debug.SetGCPercent(100); got != tt.wantGC {
				t.Errorf("GC percent = %d, want %d", got, tt.wantGC)
			}
		})
	}
}
