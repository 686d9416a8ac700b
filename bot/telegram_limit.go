package bot

import (
	"context"
	"sync"
	"time"
)

// Telegram's documented flood limits: about one message a second in one
// chat, 20 a minute in one group or channel, 30 a second overall.
// Staying under them avoids 429s, which can ban a bot for minutes.
const (
	telegramPerChat   = time.Second
	telegramGroupN    = 20
	telegramGroupSpan = time.Minute
	telegramGlobal    = time.Second / 30
)

// telegramLimiter hands out send slots. Each call reserves the earliest
// slot the limits allow and the caller sleeps until it; reserving (not
// checking) keeps concurrent senders from taking the same slot.
type telegramLimiter struct {
	now  func() time.Time
	mu   sync.Mutex
	next time.Time              // earliest free slot overall
	sent map[string][]time.Time // per chat, slots of the last group span, oldest first
}

func newTelegramLimiter(now func() time.Time) *telegramLimiter {
	return &telegramLimiter{now: now, sent: make(map[string][]time.Time)}
}

// wait blocks until chat may be sent to, or ctx is done.
func (l *telegramLimiter) wait(ctx context.Context, chat string, group bool) error {
	at := l.reserve(chat, group)
	return telegramSleep(ctx, time.Until(at))
}

// reserve records and returns the slot for the next message to chat.
// The overall slot is taken after the chat's own, so the 30/s count is
// of real send times. A chat that must wait moves the overall slot to
// its own, so a message to another chat reserved just after it waits as
// long: conservative, and rare, as the dispatcher sends one at a time.
func (l *telegramLimiter) reserve(chat string, group bool) time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	l.prune(now)
	at := now
	hist := l.sent[chat]
	if n := len(hist); n > 0 {
		at = telegramLater(at, hist[n-1].Add(telegramPerChat))
	}
	if group && len(hist) >= telegramGroupN {
		at = telegramLater(at, hist[len(hist)-telegramGroupN].Add(telegramGroupSpan))
	}
	at = telegramLater(at, l.next)
	l.next = at.Add(telegramGlobal)
	l.sent[chat] = append(hist, at)
	return at
}

// prune forgets slots older than the group span, so the map stays as
// small as the set of chats written to in the last minute.
func (l *telegramLimiter) prune(now time.Time) {
	cutoff := now.Add(-telegramGroupSpan)
	for chat, hist := range l.sent {
		i := 0
		for i < len(hist) && !hist[i].After(cutoff) {
			i++
		}
		if i == len(hist) {
			delete(l.sent, chat)
			continue
		}
		l.sent[chat] = hist[i:]
	}
}

func telegramLater(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
