package bot

import (
	"errors"
	"net/url"
	"strings"
)

const telegramRedacted = "<redacted>"

// redact removes the bot token from an error before it is wrapped or
// logged. The library puts the token in every request URL, so a network
// failure comes back as a *url.Error naming ".../bot<TOKEN>/sendMessage".
// A *url.Error is rebuilt with a clean URL so errors.Is still sees the
// cause (context.Canceled, a timeout); any other error that mentions the
// token is replaced by its redacted text.
func (t *Telegram) redact(err error) error {
	return telegramRedact(err, t.token)
}

func telegramRedact(err error, token string) error {
	if err == nil || token == "" {
		return err
	}
	if ue, ok := err.(*url.Error); ok {
		return &url.Error{
			Op:  ue.Op,
			URL: telegramScrub(ue.URL, token),
			Err: telegramRedact(ue.Err, token),
		}
	}
	msg := err.Error()
	clean := telegramScrub(msg, token)
	if clean == msg {
		return err
	}
	return &telegramRedactedError{msg: clean, cause: err}
}

// telegramScrub replaces the token in any of the spellings a URL can
// give it.
func telegramScrub(s, token string) string {
	for _, form := range []string{token, url.PathEscape(token), url.QueryEscape(token)} {
		s = strings.ReplaceAll(s, form, telegramRedacted)
	}
	return s
}

// telegramRedactedError hides an error whose text held the token. It
// deliberately has no Unwrap, so nothing can print the original; Is
// still lets callers test for sentinels such as context.Canceled.
type telegramRedactedError struct {
	msg   string
	cause error
}

func (e *telegramRedactedError) Error() string { return e.msg }

func (e *telegramRedactedError) Is(target error) bool { return errors.Is(e.cause, target) }
