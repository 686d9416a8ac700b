package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// usageError is a command line that could not be understood: exit 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// errProblems is a check that found problems it already printed: exit 1.
var errProblems = errors.New("problems found")

func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) {
		return 2
	}
	return 1
}

type subcommand struct {
	run     func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error
	summary string
}

var subcommands = map[string]subcommand{
	"run":     {runBot, "run the bot: poll the feeds, alert Telegram, Discord or the console"},
	"demo":    {runDemo, "poll the bundled example feeds on 127.0.0.1 and print what the bot finds"},
	"ingest":  {runIngest, "run feed files or URLs once through the pipeline, notifying no one"},
	"extract": {runExtract, "print the claims in one article's text (stdin) as JSON"},
	"check":   {runCheck, "validate a config file"},
	"feeds":   {runFeeds, "list, add, remove, pause or resume feeds in a config file; show the change history"},
	"bench":   {runBench, "measure ingest, polling, alert latency, memory and dedup on a synthetic load"},
	"topic":   {runTopic, "train the topic model on labelled sets, or test one on them"},
}

var order = []string{"demo", "run", "ingest", "extract", "check", "feeds", "bench", "topic"}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printUsage(stderr)
		if len(args) == 0 {
			return usageError{"no command given"}
		}
		return nil
	}
	sc, ok := subcommands[args[0]]
	if !ok {
		printUsage(stderr)
		return usageError{fmt.Sprintf("unknown command %q", args[0])}
	}
	err := sc.run(ctx, args[1:], stdin, stdout, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}

func printUsage(w io.Writer) {
	var b strings.Builder
	b.WriteString("usage: crosscheck COMMAND [flags]\n\ncommands:\n")
	for _, name := range order {
		fmt.Fprintf(&b, "  %-8s %s\n", name, subcommands[name].summary)
	}
	b.WriteString("\nrun 'crosscheck COMMAND -h' for a command's flags\n")
	io.WriteString(w, b.String())
}

// newFlags makes a flag set that reports errors instead of exiting.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("crosscheck "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}
