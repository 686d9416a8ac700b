// Package claims holds the claim model: figures reported in news prose, who
// reports them, and the rules that decide when two reports conflict. It does
// no I/O, so it can be tested exhaustively and fuzzed.
package claims

import "time"

// Metric is what a figure counts.
type Metric string

const (
	Troops     Metric = "troops"     // deployed, sent, stationed, located
	Casualties Metric = "casualties" // killed and wounded together, "losses"
	Killed     Metric = "killed"
	Wounded    Metric = "wounded"
	Captured   Metric = "captured"
)

// Metrics lists every metric in a stable order, for commands and validation.
var Metrics = []Metric{Troops, Casualties, Killed, Wounded, Captured}

// Cumulative reports whether the metric can only grow over time, so that a
// later, higher figure is an update rather than a conflict.
func (m Metric) Cumulative() bool { return m != Troops }

// Subject is whose people are counted.
type Subject string

const (
	NorthKorea Subject = "north_korea"
	Russia     Subject = "russia"
	Ukraine    Subject = "ukraine"
)

// Qualifier says how a value is to be read.
type Qualifier string

const (
	Exact    Qualifier = "exact"
	About    Qualifier = "about"
	MoreThan Qualifier = "more_than"
	AtLeast  Qualifier = "at_least"
	LessThan Qualifier = "less_than"
	AtMost   Qualifier = "at_most"
	UpTo     Qualifier = "up_to"
	Range    Qualifier = "range"
	Vague    Qualifier = "vague" // "several hundred", "thousands": Value..ValueMax
)

// Unattributed is the attribution of a figure nobody is named as giving.
const Unattributed = "unattributed"

// Claim is one reported figure.
type Claim struct {
	ID          int64 // set by the store; 0 before it is stored
	Metric      Metric
	Subject     Subject
	Location    string // "Kursk", or "" when the text names none
	Value       float64
	ValueMax    float64 // high end of a range or vague figure; 0 when none
	Qualifier   Qualifier
	Partial     bool   // a part of the force ("an additional", "special forces"): never conflicts with a total
	Attribution string // who says it; Unattributed when unsure
	// Tentative marks a claim whose subject or metric the extractor had to
	// guess (no cue in its own sentence): it is reported, but too unsure to
	// raise a conflict. The zero value is a confident claim.
	Tentative  bool
	Quote      string // the sentence it came from
	ArticleURL string
	Source     string // the outlet or feed that published the report
	Published  time.Time
	// Said is the day the article says a restated figure was given ("On
	// Oct. 31, Blinken said …" in an article of Nov. 7), when it says; zero
	// otherwise. Such a claim is Tentative, too old to set against other
	// reports, but an article that sets two dated statements against each
	// other compares them as of those days. It is not stored.
	Said time.Time
}

// Document is the text the extractor reads.
type Document struct {
	URL       string
	Title     string
	Text      string
	Source    string
	Published time.Time
}

// AlertKind tells a conflict from an update.
type AlertKind string

const (
	Conflict  AlertKind = "conflict"   // incompatible figures in the same period
	NewFigure AlertKind = "new_figure" // a cumulative figure rose after the window
)

// Alert is what subscribers are told: a new claim and the earlier claims it
// conflicts with or updates.
type Alert struct {
	ID      int64 // set by the store
	Kind    AlertKind
	Claim   Claim
	Against []Claim
	Raised  time.Time // when the pipeline raised it
}

// Lexicon holds the cue words the extractor knows on top of its built-in
// ones, so the config can extend it to follow another story.
type Lexicon struct {
	Metrics  map[Metric][]string  // nouns and verbs that mark a metric ("fatalities")
	Subjects map[Subject][]string // nationality cues ("Pyongyang's")
}

// Rules are the comparison settings from the config.
type Rules struct {
	Window         time.Duration // claims published this close are compared for conflicts (7 days)
	AboutTolerance float64       // "about 11,000" reads as ±10%
	ExactTolerance float64       // "11,000" reads as ±2%
}
