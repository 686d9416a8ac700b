package main

import (
	"context"
	"fmt"
	"io"
)

// runCheck validates a config file and prints every problem with its line
// and column.
func runCheck(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("check", stderr)
	cfgPath := fs.String("config", "config.yaml", "config `file` to validate")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return errProblems
	}
	if _, err := cfg.ExtraLexicon(); err != nil {
		fmt.Fprintln(stderr, err)
		return errProblems
	}
	if _, err := topicRules(cfg); err != nil {
		fmt.Fprintln(stderr, err) // a topic.model file that is missing or not a model
		return errProblems
	}
	fmt.Fprintf(stdout, "%s: ok (%d feeds)\n", *cfgPath, len(cfg.Feeds))
	return nil
}
