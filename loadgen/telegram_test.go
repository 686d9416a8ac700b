package loadgen

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/claims"
)

// TestTelegramTakesTheRealAdapter: the real adapter and client library
// start against the fake and deliver an alert that FirstMention finds;
// a wrong token is refused as the real API refuses it.
func TestTelegramTakesTheRealAdapter(t *testing.T) {
	fake := NewTelegram("123:abc")
	ts := httptest.NewServer(fake)
	defer ts.Close()
	tests := map[string]struct {
		token   string
		wantErr bool
	}{
		"the fake's token": {"123:abc", false},
		"another token":    {"123:xyz", true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			tg, err := bot.NewTelegram(context.Background(), bot.TelegramOptions{Token: tc.token, Channel: "@c", APIEndpoint: Endpoint(ts.URL)})
			if (err != nil) != tc.wantErr {
				t.Fatalf("NewTelegram: %v, want error %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			a := claims.Alert{Kind: claims.Conflict, Claim: claims.Claim{Metric: claims.Troops, Subject: claims.NorthKorea,
				Value: 900000, Qualifier: claims.About, ArticleURL: "https://live.example/1", Source: "live", Published: start},
				Against: []claims.Claim{{Metric: claims.Troops, Subject: claims.NorthKorea, Value: 11000, Qualifier: claims.About,
					ArticleURL: "https://other.example/2", Source: "other", Published: start}}}
			if err := tg.Send(context.Background(), tg.Targets()[0], a); err != nil {
				t.Fatal(err)
			}
			if _, ok := fake.FirstMention("https://live.example/1"); !ok {
				t.Error("the alert did not reach the fake")
			}
		})
	}
}
