package reliability

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// speakers give the synthetic reports distinct, recognisable sources.
var speakers = []string{
	"Ukrainian military intelligence", "South Korea's Joint Chiefs of Staff", "the Pentagon",
	"NATO officials", "Russian military bloggers", "the Institute for the Study of War",
}

// syntheticFeed is an RSS feed of n reports that alternate between about
// 3,000 and about 12,000 North Korean troops in Kursk, so that nearly every
// report conflicts with an earlier one and raises an alert (a tenth of the
// other would read as a part of it, not a rival). Each report has
// its own filler words, so none is a near copy of another.
func syntheticFeed(name string, n int) string {
	rnd := rand.New(rand.NewPCG(uint64(len(name)), uint64(name[len(name)-1])))
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title>`, name)
	for i := range n {
		// Values differ by report, so each pair of reports is a new pair.
		v := 3000 + 10*i + len(name)
		if i%2 == 1 {
			v = 12000 + 100*i + len(name)
		}
		value := fmt.Sprintf("%d,%03d", v/1000, v%1000)
		fmt.Fprintf(&b, `<item><guid>%s-%d</guid><link>https://%s.example/story/%d</link>
<title>%s report %d on North Korean troops in Kursk</title><pubDate>%s</pubDate>
<description>%s said that about %s North Korean troops had been deployed to the Kursk region. %s.</description></item>`,
			name, i, name, i, name, i, time.Date(2024, 12, 20, 8+i, 0, 0, 0, time.UTC).Format(time.RFC1123Z),
			speakers[(i+len(name))%len(speakers)], value, filler(rnd, 40))
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func filler(rnd *rand.Rand, words int) string {
	out := make([]string, words)
	for i := range out {
		w := make([]byte, 4+rnd.IntN(5))
		for j := range w {
			w[j] = byte('a' + rnd.IntN(26))
		}
		out[i] = string(w)
	}
	return strings.Join(out, " ")
}

// feedServer serves the dev corpus feeds and synthetic ones of 12
// reports, each answer after latency, and returns their URLs in a fixed
// order.
func feedServer(t *testing.T, synthetic int, latency time.Duration) []string {
	t.Helper()
	return feedServerOf(t, synthetic, 12, latency)
}

// feedServerOf is feedServer with synthetic feeds of the given number of
// reports.
func feedServerOf(t *testing.T, synthetic, reports int, latency time.Duration) []string {
	t.Helper()
	corpus, err := filepath.Glob("../testdata/corpus/feeds/*")
	if err != nil || len(corpus) == 0 {
		t.Fatalf("corpus feeds: %v", err)
	}
	mux := http.NewServeMux()
	var paths []string
	for _, f := range corpus {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p := "/corpus/" + filepath.Base(f)
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) { time.Sleep(latency); w.Write(body) })
		paths = append(paths, p)
	}
	for i := range synthetic {
		name := fmt.Sprintf("synth%d", i) + strings.Repeat("x", i)
		body := syntheticFeed(name, reports)
		p := "/" + name + ".rss"
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) { time.Sleep(latency); w.Write([]byte(body)) })
		paths = append(paths, p)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	urls := make([]string, len(paths))
	for i, p := range paths {
		urls[i] = srv.URL + p
	}
	return urls
}

// instance is one crosscheck configuration in a temp dir.
type instance struct {
	dir, config, db string
	env             []string
}

// setup writes a config that polls the feeds one at a time in order (so
// every run judges items in the same order and raises the same alerts),
// every hour (so a restart does not poll a finished feed again), with no
// age limit on alerts (the corpus is from 2024).
func setup(t *testing.T, urls []string, extra string) *instance {
	t.Helper()
	dir := t.TempDir()
	b := &instance{dir: dir, config: filepath.Join(dir, "config.yaml"), db: filepath.Join(dir, "cc.db")}
	var feeds strings.Builder
	for i, u := range urls {
		fmt.Fprintf(&feeds, "  - url: %s\n    name: feed %d\n", u, i)
	}
	cfg := fmt.Sprintf(`database: %s
log:
  level: debug
poll:
  interval: 1h
  workers: 1
  timeout: 5s
network:
  allow_private: true
alerts:
  max_item_age: 0s
  grace: 2s
%sfeeds:
%s`, b.db, extra, feeds.String())
	if err := os.WriteFile(b.config, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	b.env = append(os.Environ(), "TELEGRAM_BOT_TOKEN=", "DISCORD_BOT_TOKEN=")
	return b
}

// proc is a running crosscheck whose output goes to files, so that nothing
// it wrote is lost when it is killed.
type proc struct {
	cmd            *exec.Cmd
	stdout, stderr string
	done           chan error
}

func (b *instance) start(t *testing.T, run int, args ...string) *proc {
	t.Helper()
	p := &proc{
		stdout: filepath.Join(b.dir, fmt.Sprintf("stdout.%d", run)),
		stderr: filepath.Join(b.dir, fmt.Sprintf("stderr.%d", run)),
		done:   make(chan error, 1),
	}
	out, err := os.Create(p.stdout)
	if err != nil {
		t.Fatal(err)
	}
	errf, err := os.Create(p.stderr)
	if err != nil {
		t.Fatal(err)
	}
	if len(args) == 0 {
		args = []string{"run", "--config", b.config}
	}
	p.cmd = exec.Command(binary, args...)
	p.cmd.Stdout, p.cmd.Stderr, p.cmd.Env = out, errf, b.env
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.done <- p.cmd.Wait()
		out.Close()
		errf.Close()
	}()
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

func (p *proc) kill(t *testing.T) {
	t.Helper()
	p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
}

// wait waits for the process to exit, failing the test after d.
func (p *proc) wait(t *testing.T, d time.Duration) error {
	t.Helper()
	select {
	case err := <-p.done:
		return err
	case <-time.After(d):
		p.cmd.Process.Kill()
		<-p.done
		t.Fatalf("crosscheck still running %v later; stderr:\n%s", d, readFile(t, p.stderr))
		return nil
	}
}

// waitLog waits until stderr holds want, failing after d.
func (p *proc) waitLog(t *testing.T, d time.Duration, want string, count int) {
	t.Helper()
	deadline := time.Now().Add(d)
	for strings.Count(readFile(t, p.stderr), want) < count {
		if time.Now().After(deadline) {
			t.Fatalf("stderr lacks %d× %q after %v:\n%s", count, want, d, readFile(t, p.stderr))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// alerts splits console output into the alerts it printed.
func alerts(stdout string) []string {
	var out []string
	for _, chunk := range strings.Split(stdout, "\n🔔 ")[1:] {
		out = append(out, strings.TrimSpace(chunk))
	}
	return out
}
