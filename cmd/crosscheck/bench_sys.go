package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"
)

// peakRSSMB is the process's peak resident set (VmHWM) in MiB, from
// getrusage where /proc is missing.
func peakRSSMB() float64 {
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
				kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
				if err == nil {
					return kb / 1024
				}
			}
		}
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // kB on Linux
}

// cpuSeconds is the user and system CPU the process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return time.Duration(t.Nano()).Seconds() }
	return tv(ru.Utime) + tv(ru.Stime)
}

// loadAverage is the one-minute load average, 0 where unknown: other work
// on the machine skews every figure.
func loadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f, _, _ := bytes.Cut(b, []byte(" "))
	v, _ := strconv.ParseFloat(string(f), 64)
	return v
}

func printBench(w io.Writer, r benchResult) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(what, value, target string) { fmt.Fprintf(tw, "%s\t%s\t%s\n", what, value, target) }
	row("measure", "value", "target")
	row("load (1 min) at start", fmt.Sprintf("%.2f", r.LoadAverage), "")
	row("1 cold ingest over HTTP", fmt.Sprintf("%.0f items/s (%d items, %.1f CPU-s)", r.IngestItemsPerS, r.IngestItems, r.IngestCPUS), "≥ 2000 items/s")
	row("2 pipeline from memory", fmt.Sprintf("%.0f items/s", r.PipelineItemsPerS), "")
	row("3 parse floor (gofeed alone)", fmt.Sprintf("%.0f items/s", r.ParseItemsPerS), "")
	row("  feeds.Parse (gofeed + cleaning)", fmt.Sprintf("%.0f items/s", r.FeedsParseItemsPerS), "")
	row("  ratio 2/3", fmt.Sprintf("%.3f", r.PipelineParseRatio), "≥ 0.4")
	row(fmt.Sprintf("4 poll cycle, %d feeds, all 304", r.Feeds), fmt.Sprintf("%.2f s wall, %.2f s CPU", r.Poll304CycleS, r.Poll304CPUS), "≤ 5 s wall")
	row("5 alert latency p50 / p99", fmt.Sprintf("%.2f / %.2f s (%d alerts, poll every %.0f s)", r.LatencyP50S, r.LatencyP99S, r.LatencySamples, r.PollIntervalS),
		fmt.Sprintf("p99 ≤ %.0f s", r.PollIntervalS+2))
	row("6 peak RSS", fmt.Sprintf("%.0f MB", r.PeakRSSMB), "≤ 200 MB at 2000×50")
	row("  database per article", fmt.Sprintf("%.0f bytes", r.DBBytesPerArticle), "")
	row("7 dedup lookup 10k / 100k / 1M", fmt.Sprintf("%.1f / %.1f / %.1f µs", r.DedupLookupUs10k, r.DedupLookupUs100k, r.DedupLookupUs1m), "1M ≤ 2× 10k")
	return tw.Flush()
}
