package pipeline_test

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

func item(feed, guid, url, title, text string, published time.Time) feeds.Item {
	return feeds.Item{FeedURL: feed, GUID: guid, URL: url, Canonical: feeds.Canonical(url), Title: title, Text: text, Source: feed, Published: published}
}

// The day of the story's best-known dispute, and its two rival figures:
// the fixtures of the pipeline's tests.
var rivalDay = time.Date(2024, 12, 23, 12, 0, 0, 0, time.UTC)

const (
	zelenskySays = "Zelensky said more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region."
	jcsSays      = "South Korea's Joint Chiefs of Staff said about 1,100 North Korean troops had been killed or wounded in Kursk."
)

func TestProcess(t *testing.T) {
	day, zelensky, jcs := rivalDay, zelenskySays, jcsSays
	tests := []struct {
		name       string
		maxAge     time.Duration
		items      []feeds.Item
		wantStatus []pipeline.Status
		wantAlerts []int
	}{{
		name: "conflicting reports from two outlets",
		items: []feeds.Item{
			item("a", "1", "https://a.example/1", "Zelensky on losses", zelensky, day),
			item("b", "1", "https://b.example/1", "Seoul's estimate", jcs, day.Add(time.Hour)),
		},
		wantStatus: []pipeline.Status{pipeline.StatusNew, pipeline.StatusNew},
		wantAlerts: []int{0, 1},
	}, {
		// Alerted once as two reports, the pair is news again when one
		// article sets them against each other; a third outlet repeating
		// one of them raises nothing.
		name: "an article that quotes both rivals is announced once more",
		items: []feeds.Item{
			item("a", "1", "https://a.example/1", "Zelensky on losses", zelensky, day),
			item("b", "1", "https://b.example/1", "Seoul's estimate", jcs, day.Add(time.Hour)),
			item("c", "1", "https://c.example/1", "Kyiv and Seoul differ on the North's losses",
				"The two allies disagree on how badly the North's units have fared. "+zelensky+" "+jcs, day.Add(2*time.Hour)),
			item("d", "1", "https://d.example/1", "Seoul's estimate, again", "Officials in Seoul gave a far lower figure on Monday. "+jcs+" The military did not say how it reached the number.", day.Add(3*time.Hour)),
		},
		wantStatus: []pipeline.Status{pipeline.StatusNew, pipeline.StatusNew, pipeline.StatusNew, pipeline.StatusNew},
		wantAlerts: []int{0, 1, 1, 0},
	}, {
		name: "the same entry again is skipped, not stored twice",
		items: []feeds.Item{
			item("a", "1", "https://a.example/1", "Zelensky on losses", zelensky, day),
			item("a", "1", "https://a.example/1", "Zelensky on losses", zelensky, day),
		},
		wantStatus: []pipeline.Status{pipeline.StatusNew, ""},
		wantAlerts: []int{0, 0},
	}, {
		name: "a copy under a tracking URL is a duplicate and raises nothing",
		items: []feeds.Item{
			item("a", "1", "https://a.example/1", "Zelensky on losses", zelensky, day),
			item("b", "9", "https://A.example/1/?utm_source=rss", "Zelensky on losses", zelensky+" "+jcs, day),
		},
		wantStatus: []pipeline.Status{pipeline.StatusNew, pipeline.StatusDuplicate},
		wantAlerts: []int{0, 0},
	}, {
		name: "an off-topic item is recorded, not analysed",
		items: []feeds.Item{
			item("a", "1", "https://a.example/sub", "Kursk submarine anniversary", "Relatives of the 118 sailors lost aboard the Kursk gathered in Murmansk.", day),
		},
		wantStatus: []pipeline.Status{pipeline.StatusOffTopic},
		wantAlerts: []int{0},
	}, {
		name:   "an old item is stored and compared but announces nothing",
		maxAge: 72 * time.Hour,
		items: []feeds.Item{
			item("a", "1", "https://a.example/1", "Zelensky on losses", zelensky, day),
			item("b", "1", "https://b.example/1", "Seoul's estimate", jcs, day.Add(time.Hour)),
		},
		wantStatus: []pipeline.Status{pipeline.StatusNew, pipeline.StatusNew},
		wantAlerts: []int{0, 0},
	}}
	// The poller prepares a whole feed's items before committing the
	// first: every outcome must be the same as one item at a time.
	modes := []struct {
		name string
		run  func(p *pipeline.Pipeline, items []feeds.Item) ([]pipeline.Outcome, error)
	}{
		{"one at a time", processEach},
		{"all prepared first", prepareAllThenCommit},
	}
	for _, tt := range tests {
		for _, mode := range modes {
			t.Run(tt.name+"/"+mode.name, func(t *testing.T) {
				st := mustOpen(t)
				p := pipeline.New(st, pipeline.Options{
					Topic:      feeds.DefaultTopicRules(),
					Rules:      claims.DefaultRules(),
					MaxItemAge: tt.maxAge,
					Now:        func() time.Time { return day.Add(30 * 24 * time.Hour) },
					Log:        slog.New(slog.DiscardHandler),
				})
				outcomes, err := mode.run(p, tt.items)
				if err != nil {
					t.Fatal(err)
				}
				for i, o := range outcomes {
					if o.Record.Status != tt.wantStatus[i] {
						t.Errorf("item %d: status %q, want %q", i, o.Record.Status, tt.wantStatus[i])
					}
					if len(o.Alerts) != tt.wantAlerts[i] {
						t.Errorf("item %d: %d alerts, want %d: %+v", i, len(o.Alerts), tt.wantAlerts[i], o.Alerts)
					}
					if o.Record.Status == pipeline.StatusOffTopic && len(o.Record.Claims) > 0 {
						t.Errorf("item %d: off-topic item was analysed: %+v", i, o.Record.Claims)
					}
				}
			})
		}
	}
}

func processEach(p *pipeline.Pipeline, items []feeds.Item) ([]pipeline.Outcome, error) {
	var out []pipeline.Outcome
	for _, it := range items {
		o, err := p.Process(context.Background(), it)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

func prepareAllThenCommit(p *pipeline.Pipeline, items []feeds.Item) ([]pipeline.Outcome, error) {
	var prepared []pipeline.Prepared
	for _, it := range items {
		pr, err := p.Prepare(context.Background(), it)
		if err != nil {
			return nil, err
		}
		prepared = append(prepared, pr)
	}
	var out []pipeline.Outcome
	for _, pr := range prepared {
		o, err := p.Commit(context.Background(), pr)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}
