package bot

import (
	"strings"
	"testing"
)

// Hooks for the Telegram integration tests in package bot_test, which can
// import the store (the store imports bot, so bot's own tests cannot).

// TelegramFakeForTest wraps the fake Bot API for package bot_test.
type TelegramFakeForTest struct{ f *fakeTelegram }

func NewTelegramFakeForTest(t *testing.T, token string) TelegramFakeForTest {
	return TelegramFakeForTest{newFakeTelegram(t, token)}
}

func (x TelegramFakeForTest) Endpoint() string { return x.f.endpoint() }

func (x TelegramFakeForTest) QueueMessage(chatID, userID int64, userName, text string) int {
	return x.f.queueMessage(chatID, userID, userName, text)
}

func (x TelegramFakeForTest) RefuseChat(chat string, code int, description string) {
	x.f.refuseChat(chat, code, description)
}

// WaitForText waits for a sendMessage to chat whose text holds text, and
// returns that text.
func (x TelegramFakeForTest) WaitForText(t *testing.T, chat, text string) string {
	t.Helper()
	for n := 1; ; n++ {
		for _, r := range x.f.waitSent(n) {
			if r.Form.Get("chat_id") == chat && strings.Contains(r.Form.Get("text"), text) {
				return r.Form.Get("text")
			}
		}
	}
}

// RunTelegramForTest runs tg against its fake until the test ends.
func RunTelegramForTest(t *testing.T, tg *Telegram, h Handler) {
	runTelegram(t, tg, h)
}

// SentToForTest counts the messages sent to chat so far.
func (x TelegramFakeForTest) SentToForTest(chat string) int {
	n := 0
	for _, r := range x.f.sent() {
		if r.Form.Get("chat_id") == chat {
			n++
		}
	}
	return n
}
