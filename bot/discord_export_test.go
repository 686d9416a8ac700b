package bot

import (
	"strings"
	"testing"
)

// Hooks for the Discord integration tests in package bot_test, which can
// import the store (the store imports bot, so bot's own tests cannot).

// DiscordFakeForTest wraps the fake Discord for package bot_test.
type DiscordFakeForTest struct{ f *fakeDiscord }

func NewDiscordFakeForTest(t *testing.T) DiscordFakeForTest {
	return DiscordFakeForTest{newFakeDiscord(t)}
}

func (x DiscordFakeForTest) APIBase() string { return x.f.APIBase() }

func (x DiscordFakeForTest) Interact(id string, perms int64, name string, options ...map[string]any) {
	x.f.interact(id, perms, name, options...)
}

func (x DiscordFakeForTest) AnswerPosts(channel string, code int, body string) {
	x.f.answerPosts(channel, fakeDiscordAnswer{Code: code, Body: body})
}

func (x DiscordFakeForTest) SetSystemChannel(guild, channel string) {
	x.f.setSystemChannel(guild, channel)
}

// WaitFor waits for a request with this method whose path ends in suffix
// and whose body contains text, and returns its body.
func (x DiscordFakeForTest) WaitFor(t *testing.T, method, suffix, text string) string {
	t.Helper()
	var body string
	x.f.waitFor(t, method+" "+suffix+" with "+text, func(r []fakeDiscordRequest) bool {
		for _, q := range fakeDiscordFind(r, method, suffix) {
			if strings.Contains(string(q.Body), text) {
				body = string(q.Body)
				return true
			}
		}
		return false
	})
	return body
}

func (x DiscordFakeForTest) CheckNoMentions(t *testing.T) { checkDiscordNoMentions(t, x.f.Requests()) }

// RunDiscordForTest runs d against the fake until the test ends.
func RunDiscordForTest(t *testing.T, x DiscordFakeForTest, d *Discord, h Handler) {
	runFakeDiscord(t, x.f, d, h)
}
