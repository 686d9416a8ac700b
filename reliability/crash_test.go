package reliability

import (
	"math/rand/v2"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestKillAnywhereLosesNothing kills the bot with SIGKILL at random moments
// while it ingests and delivers, restarts it, 20 times, then lets it
// finish. Every alert of a clean run must have been delivered, nothing
// else, and nothing twice except at most one alert in flight per kill.
func TestKillAnywhereLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("crash runs take ~20 s")
	}
	urls := feedServer(t, 8, 80*time.Millisecond)
	want := cleanRun(t, urls)
	if len(want) < 20 {
		t.Fatalf("a clean run delivered %d alerts; want at least 20 for the kills to land among them", len(want))
	}

	b := setup(t, urls, "")
	rnd := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	const kills = 20
	var got []string
	var perRun []int
	for run := range kills {
		p := b.start(t, run)
		// Kill between start-up and about three feeds later, so that
		// each run gets a little further and the kills fall among the
		// fetches, the stores and the deliveries.
		p.waitLog(t, 30*time.Second, "crosscheck running", 1)
		time.Sleep(time.Duration(rnd.IntN(300)) * time.Millisecond)
		p.kill(t)
		n := alerts(readFile(t, p.stdout))
		perRun = append(perRun, len(n))
		got = append(got, n...)
	}
	t.Logf("alerts delivered by each killed run: %v", perRun)
	killedRuns := len(got)
	final := b.start(t, kills)
	final.waitLog(t, 30*time.Second, "crosscheck running", 1)
	deadline := time.Now().Add(30 * time.Second)
	for !covers(append(got, alerts(readFile(t, final.stdout))...), want) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	final.cmd.Process.Signal(syscall.SIGTERM)
	if err := final.wait(t, 5*time.Second); err != nil {
		t.Errorf("final run: %v", err)
	}
	got = append(got, alerts(readFile(t, final.stdout))...)
	t.Logf("clean run: %d alerts; %d kills delivered %d, the final run %d", len(want), kills, killedRuns, len(got)-killedRuns)

	// Two alerts can read the same; compare as multisets.
	wanted := map[string]int{}
	for _, a := range want {
		wanted[a]++
	}
	seen := map[string]int{}
	for _, a := range got {
		seen[a]++
	}
	var lost, extra []string
	repeats := 0
	for a := range wanted {
		if seen[a] < wanted[a] {
			lost = append(lost, a)
		}
	}
	for a, n := range seen {
		if wanted[a] == 0 {
			extra = append(extra, a)
		}
		if n > wanted[a]+1 {
			t.Errorf("alert delivered %d times, a clean run %d: %s", n, wanted[a], firstLine(a))
		}
		repeats += max(n-wanted[a], 0)
	}
	sort.Strings(lost)
	sort.Strings(extra)
	if len(lost) > 0 {
		t.Errorf("%d alerts lost:\n%s", len(lost), strings.Join(lost, "\n"))
	}
	if len(extra) > 0 {
		t.Errorf("%d alerts a clean run does not raise:\n%s", len(extra), strings.Join(extra, "\n"))
	}
	if repeats > kills {
		t.Errorf("%d repeats after %d kills; at most one per kill", repeats, kills)
	}
	t.Logf("repeats: %d", repeats)
}

// cleanRun polls every feed once and stops gracefully: what it delivered
// is what the killed runs together must deliver.
func cleanRun(t *testing.T, urls []string) []string {
	t.Helper()
	b := setup(t, urls, "")
	p := b.start(t, 0)
	p.waitLog(t, 30*time.Second, "msg=polled", len(urls))
	p.cmd.Process.Signal(syscall.SIGTERM)
	if err := p.wait(t, 5*time.Second); err != nil {
		t.Fatalf("clean run: %v", err)
	}
	return alerts(readFile(t, p.stdout))
}

func covers(got, want []string) bool {
	have := map[string]bool{}
	for _, a := range got {
		have[a] = true
	}
	for _, a := range want {
		if !have[a] {
			return false
		}
	}
	return true
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
