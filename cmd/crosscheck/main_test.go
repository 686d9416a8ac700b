package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/topicmodel"
)

var corpusFeeds, _ = filepath.Glob("../../testdata/corpus/feeds/*")

// syncBuffer collects a command's output while it runs.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitFor polls until the output holds every string, or fails.
func waitFor(t *testing.T, out *syncBuffer, d time.Duration, want ...string) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		s, missing := out.String(), ""
		for _, w := range want {
			if !strings.Contains(s, w) {
				missing = w
				break
			}
		}
		if missing == "" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("output lacks %q after %s:\n%s", missing, d, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func runCmd(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestIngestJSONFindsTheCorpusConflictsOnceAndAgainNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	out, stderr, err := runCmd(t, "", append([]string{"ingest", "--db", db, "--json"}, corpusFeeds...)...)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	statuses := map[string]int{}
	var conflicts []string
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line struct {
			Type, Status, Kind string
			DuplicateOf        *string `json:"duplicate_of"`
			Claim              struct{ Metric string }
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("not JSON: %q: %v", sc.Text(), err)
		}
		switch line.Type {
		case "article":
			statuses[line.Status]++
			if (line.Status == "duplicate") != (line.DuplicateOf != nil) {
				t.Errorf("status %s with duplicate_of %v", line.Status, line.DuplicateOf)
			}
		case "alert":
			if line.Kind == "conflict" {
				conflicts = append(conflicts, line.Claim.Metric)
			}
		}
	}
	if want := map[string]int{"new": 5, "duplicate": 2, "off_topic": 2}; !equalCounts(statuses, want) {
		t.Errorf("statuses %v, want %v", statuses, want)
	}
	if strings.Join(conflicts, ",") != "troops,casualties" {
		t.Errorf("conflicts on %v, want troops then casualties", conflicts)
	}
	again, _, err := runCmd(t, "", append([]string{"ingest", "--db", db, "--json"}, corpusFeeds...)...)
	if err != nil || again != "" {
		t.Errorf("second ingest printed %q (err %v), want nothing new", again, err)
	}
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range b {
		if a[k] != v {
			return false
		}
	}
	return true
}

func TestIngestBadFileDoesNotStopTheOthers(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.rss")
	writeFile(t, bad, "<rss><channel><item><title>unclosed")
	out, stderr, err := runCmd(t, "", "ingest", "--db", filepath.Join(dir, "x.db"), bad, corpusFeeds[0])
	if err != nil {
		t.Fatalf("ingest: %v", err)
	}
	if !strings.Contains(stderr, "bad.rss") {
		t.Errorf("no error names the bad file:\n%s", stderr)
	}
	if !strings.Contains(out, "kept") || strings.Contains(out, " 0 kept") {
		t.Errorf("the good feed was not ingested:\n%s", out)
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	writeFile(t, good, "feeds:\n  - url: https://example.com/rss\n")
	if out, _, err := runCmd(t, "", "check", "--config", good); err != nil || !strings.Contains(out, "ok (1 feeds)") {
		t.Errorf("good config: %q %v", out, err)
	}
	bad := filepath.Join(dir, "bad.yaml")
	writeFile(t, bad, "poll:\n  interval: -5m\nfeeds:\n  - url: file:///etc/passwd\n    intervall: 5m\n")
	_, stderr, err := runCmd(t, "", "check", "--config", bad)
	if !errors.Is(err, errProblems) || exitCode(err) != 1 {
		t.Errorf("bad config: err %v, want exit 1", err)
	}
	for _, want := range []string{"bad.yaml:2:13", "bad.yaml:4:", "bad.yaml:5:5", "intervall"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("check output lacks %q:\n%s", want, stderr)
		}
	}
	noModel := filepath.Join(dir, "nomodel.yaml")
	writeFile(t, noModel, "topic:\n  model: missing.model\n")
	if _, stderr, err := runCmd(t, "", "check", "--config", noModel); !errors.Is(err, errProblems) || !strings.Contains(stderr, "topic.model") {
		t.Errorf("a missing topic model: err %v, stderr %q", err, stderr)
	}
	if _, _, err := runCmd(t, "", "check", "--config", "../../config.example.yaml"); err != nil {
		t.Errorf("the shipped example does not pass check: %v", err)
	}
}

func TestExtractPrintsClaims(t *testing.T) {
	out, _, err := runCmd(t, "South Korea's Joint Chiefs of Staff said about 1,100 North Korean soldiers had been killed or wounded.", "extract")
	if err != nil {
		t.Fatal(err)
	}
	var got []jsonClaim
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(got) != 1 || got[0].Value != 1100 || got[0].Metric != "casualties" || !strings.Contains(got[0].Attribution, "Joint Chiefs") {
		t.Errorf("extract gave %+v", got)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"frobnicate"}, {"ingest"}, {"ingest", "--nope"}, {"feeds", "--config", "../../config.example.yaml", "add"}} {
		_, _, err := runCmd(t, "", args...)
		if exitCode(err) != 2 {
			t.Errorf("crosscheck %q: err %v, want a usage error (exit 2)", args, err)
		}
	}
	if _, _, err := runCmd(t, "", "ingest", "-h"); err != nil {
		t.Errorf("-h is not an error: %v", err)
	}
}

func TestDemoShowsBothConflictsAndStopsCleanly(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut syncBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"demo"}, strings.NewReader(""), &out, &errOut) }()
	waitFor(t, &out, 10*time.Second, "Conflicting figures: North Korean troops", "Conflicting figures: North Korean casualties")
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("demo: %v\n%s", err, errOut.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("demo did not stop after Ctrl-C")
	}
	if n := strings.Count(out.String(), "Conflicting figures"); n != 2 {
		t.Errorf("%d conflict alerts, want 2:\n%s", n, out.String())
	}
}

// The shipped config's topic rules are the built-in ones, written out so
// admins can see and change them; they must not drift apart.
func TestExampleConfigTopicRulesAreTheBuiltInOnes(t *testing.T) {
	cfg, err := loadConfig("../../config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got, want := cfg.TopicRules(), feeds.DefaultTopicRules()
	want.Veto, want.Rescue = feeds.DefaultModelVeto, feeds.DefaultModelRescue // spelt out, as the rules are
	if r, err := topicRules(cfg); err != nil || r.Model != topicmodel.Story() {
		t.Errorf("config.example.yaml's topic model: %v, %v; want the built-in one", r.Model, err)
	}
	if len(got.Exclude) == 0 {
		got.Exclude = nil
	}
	if len(got.AllOf) == 0 {
		got.AllOf = nil
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("config.example.yaml topic = %+v\nbuilt-in = %+v", got, want)
	}
}
