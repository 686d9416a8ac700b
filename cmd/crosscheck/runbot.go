package main

import (
	"context"
	"fmt"
	"io"
	"os"
)

// runBot is the long-running bot.
func runBot(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("run", stderr)
	cfgPath := fs.String("config", "config.yaml", "config `file`")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: crosscheck run [--config FILE]\n\nTokens come from the environment: TELEGRAM_BOT_TOKEN, DISCORD_BOT_TOKEN.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	limitMemory(cfg, os.Getenv)
	d := &daemon{cfg: cfg, cfgPath: *cfgPath, dbPath: cfg.Database, stdout: stdout, log: cfg.Logger(stderr), getenv: os.Getenv}
	return d.run(ctx)
}
