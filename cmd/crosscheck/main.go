// Command crosscheck follows a developing news story: it polls feeds, keeps
// each article once, extracts the figures reported and alerts Telegram and
// Discord when a new report conflicts with earlier ones.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "crosscheck:", err)
		os.Exit(exitCode(err))
	}
}
