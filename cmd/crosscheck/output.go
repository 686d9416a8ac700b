package main

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// The JSON-lines format that ../shared/corpus/score.py reads: one article
// line per item, then one line per alert it raised.

type jsonClaim struct {
	Metric      claims.Metric    `json:"metric"`
	Subject     claims.Subject   `json:"subject"`
	Value       float64          `json:"value"`
	ValueMax    *float64         `json:"value_max"`
	Qualifier   claims.Qualifier `json:"qualifier"`
	Attribution string           `json:"attribution"`
	Quote       string           `json:"quote"`
	URL         string           `json:"url"`
	Location    string           `json:"location,omitempty"`
	Partial     bool             `json:"partial,omitempty"`
	Tentative   bool             `json:"tentative,omitempty"` // reported, but too unsure to raise a conflict
	Source      string           `json:"source,omitempty"`
	Published   *time.Time       `json:"published,omitempty"`
}

type jsonArticle struct {
	Type        string      `json:"type"`
	URL         string      `json:"url"`
	Title       string      `json:"title"`
	Published   *time.Time  `json:"published"`
	Status      string      `json:"status"`
	DuplicateOf *string     `json:"duplicate_of"`
	Source      string      `json:"source"`
	Claims      []jsonClaim `json:"claims"`
}

type jsonAlert struct {
	Type    string      `json:"type"`
	ID      int64       `json:"id"`
	Kind    string      `json:"kind"`
	Text    string      `json:"text"`
	Claim   jsonClaim   `json:"claim"`
	Against []jsonClaim `json:"against"`
}

func toJSONClaim(c claims.Claim) jsonClaim {
	j := jsonClaim{
		Metric: c.Metric, Subject: c.Subject, Value: c.Value, Qualifier: c.Qualifier,
		Attribution: c.Attribution, Quote: c.Quote, URL: c.ArticleURL, Location: c.Location,
		Partial: c.Partial, Tentative: c.Tentative, Source: c.Source, Published: timeOrNil(c.Published),
	}
	if c.ValueMax != 0 {
		j.ValueMax = &c.ValueMax
	}
	return j
}

func timeOrNil(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	t = t.UTC()
	return &t
}

// printer writes outcomes as JSON lines or as a readable summary.
type printer struct {
	w    io.Writer
	json bool
}

func (p printer) outcome(o pipeline.Outcome) error {
	if p.json {
		return p.outcomeJSON(o)
	}
	return p.outcomeText(o)
}

func (p printer) outcomeJSON(o pipeline.Outcome) error {
	r := o.Record
	a := jsonArticle{
		Type: "article", URL: r.Item.URL, Title: r.Item.Title, Published: timeOrNil(r.Item.Published),
		Status: string(r.Status), Source: r.Item.Source, Claims: []jsonClaim{},
	}
	if r.DuplicateOf != "" {
		a.DuplicateOf = &r.DuplicateOf
	}
	for _, c := range r.Claims {
		a.Claims = append(a.Claims, toJSONClaim(c))
	}
	enc := json.NewEncoder(p.w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		return err
	}
	for _, al := range o.Alerts {
		j := jsonAlert{Type: "alert", ID: al.ID, Kind: string(al.Kind), Text: bot.AlertText(al), Claim: toJSONClaim(al.Claim), Against: []jsonClaim{}}
		for _, c := range al.Against {
			j.Against = append(j.Against, toJSONClaim(c))
		}
		if err := enc.Encode(j); err != nil {
			return err
		}
	}
	return nil
}

func (p printer) outcomeText(o pipeline.Outcome) error {
	r := o.Record
	status := string(r.Status)
	switch r.Status {
	case pipeline.StatusDuplicate:
		status = "duplicate of " + r.DuplicateOf
	case pipeline.StatusOffTopic:
		status = "off topic"
	}
	when := "undated"
	if !r.Item.Published.IsZero() {
		when = r.Item.Published.UTC().Format("2006-01-02 15:04")
	}
	if _, err := fmt.Fprintf(p.w, "%s  %s [%s]\n    %s\n", when, r.Item.Title, status, r.Item.URL); err != nil {
		return err
	}
	for _, c := range r.Claims {
		if _, err := fmt.Fprintf(p.w, "    • %s\n", bot.ClaimLine(c)); err != nil {
			return err
		}
	}
	for _, a := range o.Alerts {
		if _, err := fmt.Fprintf(p.w, "\n🔔 %s\n", bot.AlertText(a)); err != nil {
			return err
		}
	}
	return nil
}
