// Package feeds fetches and parses news feeds and turns their entries into
// plain-text items: HTTP with conditional GET and limits, gofeed parsing,
// HTML to text, canonical URLs, the topic filter and the poll schedule.
package feeds

import "time"

// Item is one feed entry, normalised.
type Item struct {
	FeedURL   string
	GUID      string // the feed's id for the entry; the link when it gives none
	URL       string // the link as the feed gives it
	Canonical string // Canonical(URL)
	Title     string
	Text      string // plain text, page furniture removed
	Source    string // the feed's name
	Published time.Time
}

// Feed is one feed to poll, as configured.
type Feed struct {
	URL      string
	Name     string
	Interval time.Duration // 0: the global poll interval
	Paused   bool
}

// State is what is remembered about a feed between polls and restarts.
type State struct {
	URL          string
	ETag         string
	LastModified string
	LastPoll     time.Time // when it was last fetched, successfully or not
	LastSuccess  time.Time
	NextPoll     time.Time // not before this
	Errors       int       // consecutive failures; 0 after a success
	LastError    string
}

// TopicRules decide which items are about the story: each group in Lead
// must have a term in the title (before an " as " that adds a second
// story) or the first LeadWords words of the text, or terms at least
// LeadMentions times in all (a report about the story
// names it in its headline or lede, or again and again), each group in
// AllOf a term anywhere, and no Exclude term may appear. A headline with
// an OtherStories term is about something else unless it also has a
// StoryHeadline term and an AftermathUnless term (the war, and whom the
// story is about); one with two PastStories terms, or one and not a
// term of every Lead group, is about something else; so is one with an
// Aftermath term and no AftermathUnless term, and one with a Wares term
// (what the North ships: missiles, shells, oil) and no WaresUnless term
// (its soldiers and their losses), whatever war it names; one with a term
// of every HeadlineAllOf group needs its Lead terms only somewhere in the
// text, not up front. Terms match whole words, case-insensitively.
type TopicRules struct {
	Lead            [][]string
	LeadWords       int // 0: DefaultLeadWords
	LeadMentions    int // 0: DefaultLeadMentions
	AllOf           [][]string
	Exclude         []string
	OtherStories    []string
	StoryHeadline   []string
	PastStories     []string
	Aftermath       []string
	AftermathUnless []string
	Wares           []string
	WaresUnless     []string
	HeadlineAllOf   [][]string

	// Model, when set, judges every item too (Match); Veto and Rescue are
	// its thresholds, 0 for DefaultModelVeto and DefaultModelRescue.
	Model        Scorer
	Veto, Rescue float64

	compiled bool // every term above is in normWords' form (Compile)
	// with three or more Lead groups, the North's terms joined with the
	// soldiers' and with the war's, which Match asks of every item
	northOrSoldiers, northOrWar []string
	uniformed                   []string // Lead[2] without "war"
	personnel                   []string // personnelTerms, compiled
}

// How far into the text a lede reaches, and how often a story names what
// it is about when not up front (an analyst's daily assessment).
const (
	DefaultLeadWords    = 100
	DefaultLeadMentions = 3
)
