package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/crosscheck-bot/crosscheck/config"
	"github.com/crosscheck-bot/crosscheck/store"
)

const feedsUsage = `usage: crosscheck feeds [--config FILE] list
       crosscheck feeds [--config FILE] add URL [NAME]
       crosscheck feeds [--config FILE] remove URL|NAME
       crosscheck feeds [--config FILE] pause URL|NAME
       crosscheck feeds [--config FILE] resume URL|NAME
       crosscheck feeds [--config FILE] history [N]`

// runFeeds edits the feed list the way the chat commands do: the URL is
// vetted and fetched once, the file is rewritten atomically with its
// comments, and a running bot applies it at once through its watcher.
func runFeeds(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("feeds", stderr)
	cfgPath := fs.String("config", "config.yaml", "config `file` to edit")
	fs.Usage = func() { fmt.Fprintln(stderr, feedsUsage); fs.PrintDefaults() }
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"feeds needs a subcommand"}
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return err
	}
	log := cfg.Logger(stderr)
	sub, rest := fs.Arg(0), fs.Args()[1:]
	editor := &config.FeedEditor{
		Path:    *cfgPath,
		Check:   feedCheck(newFetcher(cfg), cfg.Network.AllowPrivate),
		Applied: auditFromCLI(cfg, log),
	}
	who := cliUser()
	var msg string
	switch {
	case sub == "list" && len(rest) == 0:
		for _, f := range cfg.Feeds {
			state := ""
			if f.Paused {
				state = " (paused)"
			}
			fmt.Fprintf(stdout, "%s\t%s%s\n", f.Name, f.URL, state)
		}
		return nil
	case sub == "history" && len(rest) <= 1:
		return printHistory(ctx, cfg.Database, rest, stdout, log)
	case sub == "add" && len(rest) >= 1:
		msg, err = editor.Add(ctx, who, "cli", rest[0], strings.Join(rest[1:], " "))
	case sub == "remove" && len(rest) >= 1:
		msg, err = editor.Remove(ctx, who, "cli", strings.Join(rest, " "))
	case (sub == "pause" || sub == "resume") && len(rest) >= 1:
		msg, err = editor.SetPaused(ctx, who, "cli", strings.Join(rest, " "), sub == "pause")
	default:
		fs.Usage()
		return usageError{fmt.Sprintf("feeds: cannot %q with %d arguments", sub, len(rest))}
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, msg)
	return nil
}

// auditFromCLI records a command-line change in the database. While the
// bot runs it holds the database; its watcher then records the change.
func auditFromCLI(before *config.Config, log *slog.Logger) func(context.Context, *config.Config, string, string) {
	return func(ctx context.Context, after *config.Config, who, via string) {
		st, err := store.Open(ctx, after.Database, log)
		if errors.Is(err, store.ErrInUse) {
			log.Info("the running bot applies this change and records it")
			return
		}
		if err != nil {
			log.Warn("change made but not recorded in the audit log", "err", err)
			return
		}
		defer closeStore(st, log)
		for _, what := range config.FeedChanges(before.Feeds, after.Feeds) {
			if err := st.RecordChange(ctx, store.Change{At: time.Now(), Who: who, Via: via, What: what}); err != nil {
				log.Warn("change made but not recorded in the audit log", "err", err)
			}
		}
	}
}

func cliUser() string {
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	return "cli"
}

func printHistory(ctx context.Context, dbPath string, args []string, stdout io.Writer, log *slog.Logger) error {
	n := 20
	if len(args) == 1 {
		if _, err := fmt.Sscan(args[0], &n); err != nil || n < 1 {
			return usageError{fmt.Sprintf("history: %q is not a count", args[0])}
		}
	}
	st, err := store.Open(ctx, dbPath, log)
	if errors.Is(err, store.ErrInUse) {
		return fmt.Errorf("%w: while the bot runs, admins see the history with /status", err)
	}
	if err != nil {
		return err
	}
	defer closeStore(st, log)
	changes, err := st.History(ctx, n)
	if err != nil {
		return err
	}
	for _, l := range historyLines(changes) {
		fmt.Fprintln(stdout, l)
	}
	return nil
}
