package feeds

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"
)

func TestNextPoll(t *testing.T) {
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	boom := errors.New("fetch https://a.example/: connection refused")
	tests := map[string]struct {
		st         State
		err        error
		retryAfter time.Duration
		wantErrors int
		wantWait   time.Duration
	}{
		"success resets the errors":      {st: State{Errors: 4, LastError: "x"}, wantErrors: 0, wantWait: 15 * time.Minute},
		"first failure waits 1 interval": {err: boom, wantErrors: 1, wantWait: 15 * time.Minute},
		"second failure waits 2":         {st: State{Errors: 1}, err: boom, wantErrors: 2, wantWait: 30 * time.Minute},
		"fourth failure waits 8":         {st: State{Errors: 3}, err: boom, wantErrors: 4, wantWait: 2 * time.Hour},
		"capped at 24h":                  {st: State{Errors: 20}, err: boom, wantErrors: 21, wantWait: 24 * time.Hour},
		"no overflow after many errors":  {st: State{Errors: 10_000}, err: boom, wantErrors: 10_001, wantWait: 24 * time.Hour},
		"never sooner than Retry-After":  {err: boom, retryAfter: 3 * time.Hour, wantErrors: 1, wantWait: 3 * time.Hour},
		"Retry-After from an HTTPError": {
			err: &HTTPError{URL: "https://a.example/", Status: 503, RetryAfter: 2 * time.Hour}, wantErrors: 1, wantWait: 2 * time.Hour,
		},
		"a shorter Retry-After does not shorten the backoff": {
			st: State{Errors: 3}, err: boom, retryAfter: time.Minute, wantErrors: 4, wantWait: 2 * time.Hour,
		},
		"an absurd Retry-After is bounded": {err: boom, retryAfter: 400 * 24 * time.Hour, wantErrors: 1, wantWait: 7 * 24 * time.Hour},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := NextPoll(now, 15*time.Minute, tc.st, tc.err, tc.retryAfter, nil)
			if got.Errors != tc.wantErrors {
				t.Errorf("Errors = %d, want %d", got.Errors, tc.wantErrors)
			}
			if wait := got.NextPoll.Sub(now); wait != tc.wantWait {
				t.Errorf("next poll in %v, want %v", wait, tc.wantWait)
			}
			if !got.LastPoll.Equal(now) {
				t.Errorf("LastPoll = %v", got.LastPoll)
			}
			if tc.err == nil && (got.LastError != "" || !got.LastSuccess.Equal(now)) {
				t.Errorf("after success: LastError %q, LastSuccess %v", got.LastError, got.LastSuccess)
			}
			if tc.err != nil && got.LastError != tc.err.Error() {
				t.Errorf("LastError = %q", got.LastError)
			}
		})
	}
}

func TestNextPollJitterStaysWithinTenPercent(t *testing.T) {
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	rnd := rand.New(rand.NewPCG(1, 2))
	base := 2 * time.Hour // fourth failure at a 15-minute interval
	seen := map[time.Duration]bool{}
	for range 200 {
		wait := NextPoll(now, 15*time.Minute, State{Errors: 3}, errors.New("x"), 0, rnd).NextPoll.Sub(now)
		if wait < base*9/10 || wait > base*11/10 {
			t.Fatalf("wait %v outside %v ±10%%", wait, base)
		}
		seen[wait] = true
	}
	if len(seen) < 10 {
		t.Errorf("only %d distinct waits: no jitter", len(seen))
	}
	// Jitter never makes a poll sooner than Retry-After.
	for range 50 {
		st := NextPoll(now, 15*time.Minute, State{}, errors.New("x"), time.Hour, rnd)
		if st.NextPoll.Sub(now) < time.Hour {
			t.Fatalf("poll %v before Retry-After", st.NextPoll.Sub(now))
		}
	}
}

func TestBackoffLongInterval(t *testing.T) {
	// A feed polled every two days backs off from two days, not from 24h.
	if got := Backoff(48*time.Hour, 3); got != 48*time.Hour {
		t.Errorf("Backoff(48h, 3) = %v, want 48h", got)
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	tests := map[string]struct {
		in   string
		want time.Duration
	}{
		"seconds":       {"120", 2 * time.Minute},
		"HTTP date":     {"Wed, 01 Jan 2025 13:00:00 GMT", time.Hour},
		"a past date":   {"Wed, 01 Jan 2025 11:00:00 GMT", 0},
		"absent":        {"", 0},
		"garbage":       {"soon", 0},
		"negative":      {"-5", 0},
		"huge is bound": {"999999999999", 7 * 24 * time.Hour},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := parseRetryAfter(tc.in, now); got != tc.want {
				t.Errorf("parseRetryAfter(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}
