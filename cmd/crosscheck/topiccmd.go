package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/topicmodel"
)

// runTopic trains the topic model on labelled sets, or tests one on them.
func runTopic(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	usage := func() {
		fmt.Fprintln(stderr, "usage: crosscheck topic train --out FILE SETDIR...")
		fmt.Fprintln(stderr, "       crosscheck topic test [--model FILE] SETDIR...")
		fmt.Fprintln(stderr, "A set is a directory of feeds/ and articles/*.txt whose headers give url: and topic: on|off (testdata/corpus/README.md).")
	}
	if len(args) == 0 {
		usage()
		return usageError{"topic needs train or test"}
	}
	switch args[0] {
	case "train":
		return runTopicTrain(ctx, args[1:], stdout, stderr, usage)
	case "test":
		return runTopicTest(ctx, args[1:], stdout, stderr, usage)
	}
	usage()
	return usageError{fmt.Sprintf("unknown topic command %q", args[0])}
}

func runTopicTrain(ctx context.Context, args []string, stdout, stderr io.Writer, usage func()) error {
	fs := newFlags("topic train", stderr)
	out := fs.String("out", "", "write the model to this `file` (required)")
	c := fs.Float64("c", topicmodel.DefaultC, "fit: larger follows the training articles closer")
	fs.Usage = func() { usage(); fs.PrintDefaults() }
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() == 0 {
		fs.Usage()
		return usageError{"topic train needs --out and at least one set"}
	}
	examples, err := readTopicSets(ctx, fs.Args())
	if err != nil {
		return err
	}
	m, err := topicmodel.Train(ctx, examples, topicmodel.TrainOptions{C: *c})
	if err != nil {
		return err
	}
	tmp := *out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, *out); err != nil {
		return err
	}
	var about int
	for _, e := range examples {
		if e.About {
			about++
		}
	}
	fmt.Fprintf(stdout, "trained on %d articles (%d about the story, %d not) from %d sets: %s\n",
		len(examples), about, len(examples)-about, fs.NArg(), *out)
	return nil
}

func runTopicTest(ctx context.Context, args []string, stdout, stderr io.Writer, usage func()) error {
	fs := newFlags("topic test", stderr)
	path := fs.String("model", "", "the model `file` (default: the built-in one)")
	fs.Usage = func() { usage(); fs.PrintDefaults() }
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"topic test needs at least one set"}
	}
	var m *topicmodel.Model
	if *path == "" {
		m = topicmodel.Story()
	} else {
		var err error
		if m, err = topicmodel.Load(*path); err != nil {
			return err
		}
	}
	examples, err := readTopicSets(ctx, fs.Args())
	if err != nil {
		return err
	}
	rules := feeds.DefaultTopicRules().Compile()
	withModel := rules
	withModel.Model = m
	var about, rulesWrong, bothWrong int
	thresholds := []float64{0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9}
	offAbove := make([]int, len(thresholds)) // articles not about the story scoring at or over
	aboutUnder := make([]int, len(thresholds))
	for _, e := range examples {
		if e.About {
			about++
		}
		p := m.Score(e.Title, e.Text)
		for i, t := range thresholds {
			if e.About && p < t {
				aboutUnder[i]++
			}
			if !e.About && p >= t {
				offAbove[i]++
			}
		}
		rw := rules.Match(e.Title, e.Text) != e.About
		bw := withModel.Match(e.Title, e.Text) != e.About
		if rw {
			rulesWrong++
		}
		if bw {
			bothWrong++
		}
		if rw || bw || (e.About && p < feeds.DefaultModelRescue) || (!e.About && p >= feeds.DefaultModelVeto) {
			fmt.Fprintf(stdout, "about=%-5v score %.3f rules wrong %-5v together wrong %-5v %q\n", e.About, p, rw, bw, e.Title)
		}
	}
	fmt.Fprintf(stdout, "%d articles, %d about the story, %d not\n", len(examples), about, len(examples)-about)
	for i, t := range thresholds {
		fmt.Fprintf(stdout, "model alone at %.2f: %d not about it kept, %d about it dropped\n", t, offAbove[i], aboutUnder[i])
	}
	fmt.Fprintf(stdout, "rules alone wrong on %d; rules and model (veto under %.2f, rescue from %.2f) wrong on %d\n",
		rulesWrong, feeds.DefaultModelVeto, feeds.DefaultModelRescue, bothWrong)
	return nil
}

// readTopicSets reads the labelled articles of each set as the pipeline
// sees them: the items of its feeds, labelled by their articles' headers.
func readTopicSets(ctx context.Context, dirs []string) ([]topicmodel.Example, error) {
	fetcher := feeds.NewFetcher(feeds.FetcherOptions{})
	var out []topicmodel.Example
	for _, dir := range dirs {
		labels, err := readTopicLabels(dir)
		if err != nil {
			return nil, err
		}
		paths, err := filepath.Glob(filepath.Join(dir, "feeds", "*"))
		if err != nil {
			return nil, err
		}
		if len(paths) == 0 {
			return nil, fmt.Errorf("read set %s: no feeds/", dir)
		}
		seen := map[string]bool{}
		for _, p := range paths {
			items, err := readFeed(ctx, fetcher, p)
			if err != nil {
				return nil, fmt.Errorf("read set %s: %w", dir, err)
			}
			for _, it := range items {
				about, ok := labels[it.URL]
				if !ok || seen[it.URL] {
					continue
				}
				seen[it.URL] = true
				out = append(out, topicmodel.Example{Title: it.Title, Text: it.Text, About: about})
			}
		}
		if len(seen) != len(labels) {
			return nil, fmt.Errorf("read set %s: %d articles, %d of them found in its feeds", dir, len(labels), len(seen))
		}
	}
	return out, nil
}

// readTopicLabels gives each article's URL and whether it is about the
// story, from the header lines of articles/*.txt.
func readTopicLabels(dir string) (map[string]bool, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "articles", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("read set %s: no articles/*.txt", dir)
	}
	labels := map[string]bool{}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		head, _, _ := strings.Cut(string(raw), "\n\n")
		var u, topic string
		for line := range strings.SplitSeq(head, "\n") {
			k, v, _ := strings.Cut(line, ":")
			switch strings.TrimSpace(k) {
			case "url":
				u = strings.TrimSpace(v)
			case "topic":
				topic = strings.TrimSpace(v)
			}
		}
		if u == "" || (topic != "on" && topic != "off") {
			return nil, fmt.Errorf("read %s: want url: and topic: on or off in its header", p)
		}
		labels[u] = topic == "on"
	}
	return labels, nil
}
