package reliability

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestKillAnywhereLosesNothing kills the bot with SIGKILL at random moments
// while it ingests and delivers to a fake Telegram, restarts it, 20 times,
// then lets it finish. Every alert of a clean run must have reached the
// channel, nothing else, and nothing twice except at most one message in
// flight per kill.
func TestKillAnywhereLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("crash runs take ~30 s")
	}
	// Two feeds of 8 reports and the corpus raise 18 alerts, under
	// Telegram's 20 a minute to a channel, which would stall the clean run.
	urls := feedServerOf(t, 2, 8, 80*time.Millisecond)
	// The clean run delivers at Telegram's pace of one message a second
	// to a chat, so it runs beside the killed ones rather than before.
	clean := startCleanRun(t, urls)

	fake := newFakeTelegram(t, crashToken)
	b := setup(t, urls, telegramConfig(fake))
	b.env = append(b.env, "TELEGRAM_BOT_TOKEN="+crashToken)
	rnd := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	const kills = 20
	var perRun []int
	for run := range kills {
		before := len(fake.messages(crashChannel))
		p := b.start(t, run)
		// Kill between start-up and about a second later:
		// early runs die among the fetches and stores, later ones among
		// the deliveries, which Telegram's limits spread a second apart.
		p.waitLog(t, 30*time.Second, "crosscheck running", 1)
		time.Sleep(time.Duration(rnd.IntN(1200)) * time.Millisecond)
		p.kill(t)
		perRun = append(perRun, len(fake.messages(crashChannel))-before)
	}
	t.Logf("messages delivered by each killed run: %v", perRun)
	killedRuns := len(fake.messages(crashChannel))
	want := clean()
	if len(want) < 15 {
		t.Fatalf("a clean run delivered %d alerts; want at least 15 for the kills to land among them", len(want))
	}
	final := b.start(t, kills)
	final.waitLog(t, 30*time.Second, "crosscheck running", 1)
	deadline := time.Now().Add(60 * time.Second)
	for !covers(fake.messages(crashChannel), want) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	final.cmd.Process.Signal(syscall.SIGTERM)
	if err := final.wait(t, 5*time.Second); err != nil {
		t.Errorf("final run: %v", err)
	}
	got := fake.messages(crashChannel)
	t.Logf("clean run: %d alerts; %d kills delivered %d, the final run %d", len(want), kills, killedRuns, len(got)-killedRuns)

	lost, extra, repeats := compareAlerts(t, want, got)
	if len(lost) > 0 {
		t.Errorf("%d alerts lost:\n%s", len(lost), strings.Join(lost, "\n\n"))
	}
	if len(extra) > 0 {
		t.Errorf("%d alerts a clean run does not raise:\n%s", len(extra), strings.Join(extra, "\n\n"))
	}
	if repeats > kills {
		t.Errorf("%d repeats after %d kills; at most one per kill", repeats, kills)
	}
	t.Logf("lost: %d, extra: %d, repeated: %d", len(lost), len(extra), repeats)
}

const (
	crashToken   = "424242:crash-test-TOKEN"
	crashChannel = "@crosscheck_alerts"
)

// telegramConfig points the child at the fake and names the channel.
func telegramConfig(f *fakeTelegram) string {
	return fmt.Sprintf("telegram:\n  channel: %q\n  api_endpoint: %q\n", crashChannel, f.endpoint())
}

// compareAlerts compares the messages sent with a clean run's as
// multisets (two alerts can read the same): the texts lost, those a
// clean run never sent, and how many were sent more often than in it.
// A message sent more than once past the clean run's count fails.
func compareAlerts(t *testing.T, want, got []string) (lost, extra []string, repeats int) {
	t.Helper()
	wanted := map[string]int{}
	for _, a := range want {
		wanted[a]++
	}
	seen := map[string]int{}
	for _, a := range got {
		seen[a]++
	}
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
	return lost, extra, repeats
}

// startCleanRun starts a bot that polls every feed once and delivers to
// its own fake Telegram; the function it returns waits until all is
// polled and the outbox is empty, stops the bot gracefully and returns
// what the channel got: what the killed runs together must deliver.
func startCleanRun(t *testing.T, urls []string) func() []string {
	t.Helper()
	fake := newFakeTelegram(t, crashToken)
	addr := freeAddr(t)
	b := setup(t, urls, telegramConfig(fake)+"metrics:\n  listen: "+addr+"\n")
	b.env = append(b.env, "TELEGRAM_BOT_TOKEN="+crashToken)
	p := b.start(t, 0)
	return func() []string {
		t.Helper()
		p.waitLog(t, 30*time.Second, "msg=polled", len(urls))
		deadline := time.Now().Add(60 * time.Second)
		for !strings.Contains(scrape(t, "http://"+addr+"/metrics"), "crosscheck_outbox_depth 0\n") {
			if time.Now().After(deadline) {
				t.Fatalf("the clean run's outbox is not empty after 60 s; stderr:\n%s", readFile(t, p.stderr))
			}
			time.Sleep(20 * time.Millisecond)
		}
		p.cmd.Process.Signal(syscall.SIGTERM)
		if err := p.wait(t, 5*time.Second); err != nil {
			t.Fatalf("clean run: %v", err)
		}
		return fake.messages(crashChannel)
	}
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
