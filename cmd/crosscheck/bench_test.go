package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBenchSmall runs every measure on a tiny load: each figure is
// produced, items all go through, the alerts all reach Telegram, and the
// heap profile is written.
func TestBenchSmall(t *testing.T) {
	var stdout, stderr bytes.Buffer
	heap := filepath.Join(t.TempDir(), "heap.prof")
	err := run(context.Background(), []string{"bench", "--feeds", "4", "--items", "3", "--sample", "2",
		"--alerts", "2", "--interval", "1s", "--dedup-max", "10000", "--json", "--memprofile", heap}, nil, &stdout, &stderr)
	if err != nil {
		t.Fatalf("bench: %v\n%s", err, stderr.String())
	}
	var got map[string]float64
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, stdout.String())
	}
	for _, key := range []string{"pipeline_items_per_s", "parse_items_per_s", "ingest_items_per_s", "poll304_cycle_s",
		"feeds_parse_items_per_s", "latency_p50_s", "latency_p99_s", "peak_rss_mb", "db_bytes_per_article", "dedup_lookup_us_10k"} {
		if got[key] <= 0 {
			t.Errorf("%s = %v, want a measured value", key, got[key])
		}
	}
	if fi, err := os.Stat(heap); err != nil || fi.Size() == 0 {
		t.Errorf("no heap profile written (%v)", err)
	}
	if got["ingest_items"] != 12 || got["latency_samples"] != 2 || got["poll_interval_s"] != 1 {
		t.Errorf("ingest_items %v, latency_samples %v, poll_interval_s %v; want 12, 2, 1",
			got["ingest_items"], got["latency_samples"], got["poll_interval_s"])
	}
}

func TestBenchRefusesBadFlags(t *testing.T) {
	tests := map[string][]string{
		"no feeds":        {"bench", "--feeds", "0"},
		"no interval":     {"bench", "--interval", "0s"},
		"not a number":    {"bench", "--items", "many"},
		"stray arguments": {"bench", "extra"},
	}
	for name, args := range tests {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(context.Background(), args, nil, &out, &out)
			var u usageError
			if !errors.As(err, &u) {
				t.Errorf("error %v, want a usage error (exit 2)", err)
			}
			if strings.Contains(out.String(), "bench:") {
				t.Error("bench started measuring")
			}
		})
	}
}
