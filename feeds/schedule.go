package feeds

import (
	"errors"
	"math/rand/v2"
	"time"
)

const (
	// maxBackoff caps the wait after repeated failures: a feed that is down
	// for a week is still tried daily, and comes back within a day.
	maxBackoff = 24 * time.Hour
	// maxRetryAfter bounds a server's Retry-After, so that a misconfigured
	// or hostile server cannot switch a feed off for good.
	maxRetryAfter = 7 * 24 * time.Hour
	// jitter spreads retries of feeds that failed together (one host down)
	// so they do not all come back in the same second.
	jitter = 0.10
)

// NextPoll is the state after a poll at now that ended with err (nil for
// success or 304). On success the error count resets and the next poll is
// one interval away. On failure the wait doubles with each consecutive
// error, interval·2^(errors-1), capped at 24h (or the interval when that is
// longer), with ±10% jitter from rnd (nil: none), and never sooner than
// retryAfter or an *HTTPError's RetryAfter. The ETag and Last-Modified are
// the caller's to update from the Result.
func NextPoll(now time.Time, interval time.Duration, st State, err error, retryAfter time.Duration, rnd *rand.Rand) State {
	st.LastPoll = now
	if err == nil {
		st.Errors = 0
		st.LastError = ""
		st.LastSuccess = now
		st.NextPoll = now.Add(interval)
		return st
	}
	st.Errors++
	st.LastError = err.Error()
	var he *HTTPError
	if errors.As(err, &he) {
		retryAfter = max(retryAfter, he.RetryAfter)
	}
	wait := Backoff(interval, st.Errors)
	if rnd != nil {
		wait += time.Duration((rnd.Float64()*2 - 1) * jitter * float64(wait))
	}
	wait = max(wait, min(retryAfter, maxRetryAfter))
	st.NextPoll = now.Add(wait)
	return st
}

// Backoff is the wait, without jitter, after the given number of
// consecutive errors: interval·2^(errors-1), capped at max(24h, interval).
func Backoff(interval time.Duration, errors int) time.Duration {
	ceiling := max(maxBackoff, interval)
	if interval <= 0 {
		return ceiling
	}
	if errors < 1 {
		return interval
	}
	wait := interval
	for i := 1; i < errors; i++ {
		if wait >= ceiling/2 {
			return ceiling
		}
		wait *= 2
	}
	return min(wait, ceiling)
}
