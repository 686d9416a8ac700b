package bot

import (
	"context"
	"fmt"
	"io"
	"sync"

	"github.com/crosscheck-bot/crosscheck/claims"
)

// Console prints alerts: what the demo and a token-less run deliver to.
type Console struct {
	mu sync.Mutex
	w  io.Writer
}

// NewConsole prints to w.
func NewConsole(w io.Writer) *Console { return &Console{w: w} }

var _ Notifier = (*Console)(nil)

func (c *Console) Platform() string  { return "console" }
func (c *Console) Targets() []Target { return []Target{{Platform: "console", ChatID: "stdout"}} }

func (c *Console) Send(_ context.Context, _ Target, a claims.Alert) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, err := fmt.Fprintf(c.w, "\n🔔 %s\n", AlertText(a))
	return err
}
