package main

import (
	"runtime/debug"
	"testing"

	"github.com/crosscheck-bot/crosscheck/config"
)

// TestLimitMemory: the config's limit applies unless GOMEMLIMIT is set or
// the config asks for none; under a limit the collector runs at
// gcPercent unless GOGC is set, and without one at the default.
func TestLimitMemory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	beforeGC := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetMemoryLimit(before); debug.SetGCPercent(beforeGC) })
	for name, tt := range map[string]struct {
		mb     int
		env    string // GOMEMLIMIT
		gogc   string // GOGC
		wantMB int64  // 0: left as it was
		wantGC int
	}{
		"the config's limit":     {mb: 140, wantMB: 140, wantGC: gcPercent},
		"GOMEMLIMIT wins":        {mb: 140, env: "1GiB", wantGC: gcPercent},
		"0 asks for no limit":    {mb: 0, wantGC: 100},
		"GOMEMLIMIT alone":       {mb: 0, env: "1GiB", wantGC: gcPercent},
		"a small limit is taken": {mb: 64, wantMB: 64, wantGC: gcPercent},
		"GOGC wins":              {mb: 140, gogc: "50", wantMB: 140, wantGC: 100},
	} {
		t.Run(name, func(t *testing.T) {
			const unset = int64(1) << 62
			debug.SetMemoryLimit(unset)
			debug.SetGCPercent(100) // as the runtime set it from GOGC
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
			if got := debug.SetGCPercent(100); got != tt.wantGC {
				t.Errorf("GC percent = %d, want %d", got, tt.wantGC)
			}
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
