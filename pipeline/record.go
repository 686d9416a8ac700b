// Package pipeline is the one path an item takes: topic filter, dedup,
// extraction, comparison, storage; and the poll loop that feeds it. The
// daemon, the one-shot import and the demo all run it.
package pipeline

import (
	"context"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/dedup"
	"github.com/crosscheck-bot/crosscheck/feeds"
)

// Status is what the pipeline decided about an item.
type Status string

const (
	StatusNew       Status = "new"
	StatusDuplicate Status = "duplicate" // same article under another URL or feed: stored, not analysed
	StatusOffTopic  Status = "off_topic" // recorded so it is not judged again, not analysed
)

// Record is everything one item leaves behind, stored in one transaction.
type Record struct {
	Item        feeds.Item
	Status      Status
	DuplicateOf string   // URL of the original, for a duplicate
	Fingerprint uint64   // dedup.Fingerprint of the text, for a new article
	Sentences   []uint64 // dedup.Sentences of the text, for a new article
	Claims      []claims.Claim
	Alerts      []claims.Alert // Alert.Claim is one of Claims (matched by value, IDs not yet set)
}

// Store is what the pipeline needs from storage; the store satisfies it.
type Store interface {
	// ItemSeen reports whether this feed already gave this entry.
	ItemSeen(ctx context.Context, feedURL, guid string) (bool, error)
	// DuplicateOf finds the original of an article with the same canonical
	// URL, near-identical text or mostly the same long sentences,
	// following a duplicate to its original.
	DuplicateOf(ctx context.Context, canonical string, sig dedup.Signature) (url string, ok bool, err error)
	// ClaimsAbout lists stored claims of one metric and subject published
	// in [from, to], newest first, at most limit.
	ClaimsAbout(ctx context.Context, m claims.Metric, s claims.Subject, from, to time.Time, limit int) ([]claims.Claim, error)
	// Save stores the record in one transaction and returns the alerts it
	// actually queued, with IDs: an alert pair already raised is dropped
	// from Against, and an alert left with nothing against is not queued.
	Save(ctx context.Context, r Record) ([]claims.Alert, error)
}

// FeedStates is what the poll loop needs to remember feeds across restarts.
type FeedStates interface {
	FeedState(ctx context.Context, url string) (feeds.State, error) // zero State with URL set when unknown
	SaveFeedState(ctx context.Context, st feeds.State) error
	// MoveFeed follows a permanent redirect: state and items move to the new URL.
	MoveFeed(ctx context.Context, from, to string) error
}
