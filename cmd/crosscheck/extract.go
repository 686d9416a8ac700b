package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// runExtract prints the claims in one article's text, for admins tuning
// the rules.
func runExtract(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("extract", stderr)
	cfgPath := fs.String("config", "", "config `file` whose lexicon extends the built-in one (optional)")
	title := fs.String("title", "", "the article's title")
	url := fs.String("url", "", "the article's URL")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: crosscheck extract [--config FILE] [--title T] [--url U] < article.txt")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	lex, err := cfg.ExtraLexicon()
	if err != nil {
		return err
	}
	// A cap keeps a mistaken pipe from exhausting memory.
	text, err := io.ReadAll(io.LimitReader(stdin, 16<<20))
	if err != nil {
		return fmt.Errorf("read stdin: %w", err)
	}
	cs := claims.NewExtractor(lex).Extract(claims.Document{
		URL: *url, Title: *title, Text: string(text), Published: time.Now(),
	})
	out := make([]jsonClaim, 0, len(cs))
	for _, c := range cs {
		j := toJSONClaim(c)
		j.Published = nil
		out = append(out, j)
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
