package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"runtime/debug"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/config"
	"github.com/crosscheck-bot/crosscheck/feeds"
	"github.com/crosscheck-bot/crosscheck/pipeline"
	"github.com/crosscheck-bot/crosscheck/store"
	"github.com/crosscheck-bot/crosscheck/topicmodel"
)

// loadConfig reads the config file, or gives the defaults when path is "".
func loadConfig(path string) (*config.Config, error) {
	if path == "" {
		return config.Default(), nil
	}
	return config.Load(path)
}

// topicRules are the config's rules, or the shipped story's when it has
// none, with the learned judge the config names: by default the shipped
// story's beside the shipped rules, none beside rules of one's own
// unless it says "builtin".
func topicRules(cfg *config.Config) (feeds.TopicRules, error) {
	t := cfg.TopicRules()
	own := len(t.AllOf) > 0 || len(t.Lead) > 0
	if !own {
		veto, rescue := t.Veto, t.Rescue
		t = feeds.DefaultTopicRules()
		t.Veto, t.Rescue = veto, rescue
	}
	switch path := cfg.Topic.Model; {
	case path == config.ModelOff:
	case path == config.ModelBuiltin:
		t.Model = topicmodel.Story()
	case path == "":
		if !own {
			t.Model = topicmodel.Story()
		}
	default:
		m, err := topicmodel.Load(path)
		if err != nil {
			return feeds.TopicRules{}, fmt.Errorf("topic.model: %w", err)
		}
		t.Model = m
	}
	return t, nil
}

// newPipeline builds the one pipeline every command runs.
func newPipeline(cfg *config.Config, st *store.Store, log *slog.Logger, maxItemAge bool) (*pipeline.Pipeline, error) {
	o, err := newPipelineOptions(cfg, log, maxItemAge)
	if err != nil {
		return nil, err
	}
	return pipeline.New(st, o), nil
}

// newPipelineOptions turns the config into the pipeline's settings; with
// maxItemAge false (ingest, demo) old items raise alerts too.
func newPipelineOptions(cfg *config.Config, log *slog.Logger, maxItemAge bool) (pipeline.Options, error) {
	lex, err := cfg.ExtraLexicon()
	if err != nil {
		return pipeline.Options{}, err
	}
	topic, err := topicRules(cfg)
	if err != nil {
		return pipeline.Options{}, err
	}
	o := pipeline.Options{
		Topic:     topic,
		Extractor: claims.NewExtractor(lex),
		Rules:     cfg.ClaimRules(),
		Log:       log,
	}
	if maxItemAge {
		o.MaxItemAge = cfg.Alerts.MaxItemAge.D()
	}
	return o, nil
}

func openStore(ctx context.Context, path string, log *slog.Logger) (*store.Store, error) {
	st, err := store.Open(ctx, path, log)
	if err != nil {
		return nil, err
	}
	return st, nil
}

func newFetcher(cfg *config.Config) *feeds.Fetcher {
	return feeds.NewFetcher(feeds.FetcherOptions{
		Timeout:      cfg.Poll.Timeout.D(),
		MaxBodyBytes: cfg.Poll.MaxBodyBytes,
		UserAgent:    cfg.Network.UserAgent,
		AllowPrivate: cfg.Network.AllowPrivate,
	})
}

// gcPercent is the collector's target (GOGC) under a soft heap limit: the
// heap may grow to three times what was live after a collection before
// the next one, and the limit still bounds it. At the default 100 the
// collector took 6.2 CPU-s of a 1,000-feed bench run; at 200, 5.2, for
// 4 MB more peak RSS (twelfth round, by GODEBUG=gctrace=1).
const gcPercent = 200

// limitMemory applies the config's soft heap limit, unless the environment
// set one (GOMEMLIMIT) or the config asks for none, and under a limit
// collects less often (gcPercent), unless the environment set GOGC.
// Without any limit the default GOGC stays: nothing else bounds the heap.
func limitMemory(cfg *config.Config, getenv func(string) string) {
	limited := getenv("GOMEMLIMIT") != ""
	if cfg.MemoryLimitMB > 0 && !limited {
		debug.SetMemoryLimit(int64(cfg.MemoryLimitMB) << 20)
		limited = true
	}
	if limited && getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func closeStore(st *store.Store, log *slog.Logger) {
	if err := st.Close(); err != nil {
		log.Error("close database", "err", fmt.Errorf("close: %w", err))
	}
}
