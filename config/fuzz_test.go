package config

import (
	"os"
	"testing"
)

// FuzzParse feeds arbitrary bytes to Parse: it must never panic, every
// error must be placed in the file, and a config that parses must pass
// Validate again (defaults and derived values are themselves valid).
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("../config.example.yaml"); err == nil {
		f.Add(data)
	}
	for _, seed := range []string{
		"", "feeds:\n  - url: https://a.example/rss\n", "poll: {interval: -1s}",
		"topic:\n  all_of: [[a], []]\n", "a: &x [*x]", "lexicon:\n  metrics: {killed: [x]}\n",
		"---\n---\n", "feeds: [{url: 'http://[::1]/'}]", "alerts: {about_tolerance: .nan}",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse(data, "fuzz.yaml")
		if err != nil {
			errs, ok := err.(Errors)
			if !ok || len(errs) == 0 {
				t.Fatalf("error %v (%T) is not a non-empty Errors", err, err)
			}
			for _, e := range errs {
				if e.File != "fuzz.yaml" || e.Msg == "" {
					t.Fatalf("error without file or message: %#v", e)
				}
			}
			return
		}
		if err := cfg.Validate(); err != nil {
			t.Fatalf("parsed config fails Validate: %v\ninput:\n%s", err, data)
		}
		if _, err := cfg.ExtraLexicon(); err != nil {
			t.Fatalf("parsed config has a bad lexicon: %v", err)
		}
	})
}

// BenchmarkParseExample measures a reload of the shipped config.
func BenchmarkParseExample(b *testing.B) {
	data, err := os.ReadFile("../config.example.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(data, "config.example.yaml"); err != nil {
			b.Fatal(err)
		}
	}
}
