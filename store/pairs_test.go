package store

import (
	"context"
	"database/sql"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// TestPairKeysHashedOnUpgrade: migration 009 upgrades a version-8
// database whose alert_pairs holds a pair's key text. Afterwards the pair
// is the hash of that text, the text table is gone, and the pair is never
// alerted again, whether memory loaded every pair at open or SQLite is
// asked; a pair never alerted still is.
func TestPairKeysHashedOnUpgrade(t *testing.T) {
	zelensky := claim(claims.Casualties, 3000, claims.MoreThan, "Volodymyr Zelensky")
	jcs := claim(claims.Casualties, 1100, claims.About, "South Korea's Joint Chiefs of Staff")
	nis := claim(claims.Casualties, 900, claims.About, "NIS")
	oldKey := claims.PairKey(zelensky, jcs)
	tests := map[string]struct {
		forget       bool // empty memory after open: SQLite answers
		wantComplete bool
	}{
		"memory loaded at open": {false, true},
		"memory emptied":        {true, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "v8.db")
			makeV8(t, path, []claims.Claim{jcs, nis}, zelensky, oldKey)

			s := mustOpenPath(t, path)
			if got := schemaVersions(t, s); len(got) != len(migrations) {
				t.Fatalf("schema versions %v, want %d of them", got, len(migrations))
			}
			var tables int
			if err := s.db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'alert_pairs'").Scan(&tables); err != nil || tables != 0 {
				t.Fatalf("alert_pairs still there (%d), %v", tables, err)
			}
			var alert int64
			err := s.db.QueryRow("SELECT alert_id FROM alert_pair_hashes WHERE pair_hash = ?", int64(pairID([]byte(oldKey)))).Scan(&alert)
			if err != nil || alert != 1 {
				t.Fatalf("the old pair's hash: alert %d, %v; want alert 1", alert, err)
			}
			if _, err := s.dbStmts(context.Background()); err != nil { // loads memory
				t.Fatal(err)
			}
			if tc.forget {
				s.saveStmts.alerted, s.saveStmts.complete = nil, false
			}
			earlier := storedClaims(t, s, "https://a.example/1")
			got := mustSave(t, s, pipeline.Record{Item: item("https://c.example/rss", "https://c.example/1", day.Add(2*time.Hour)),
				Status: pipeline.StatusNew, Fingerprint: 3, Claims: []claims.Claim{zelensky},
				Alerts: []claims.Alert{{Kind: claims.Conflict, Claim: zelensky, Against: earlier, Raised: day.Add(2 * time.Hour)}}})
			if len(got) != 1 || len(got[0].Against) != 1 || got[0].Against[0].Attribution != "NIS" {
				t.Errorf("queued %+v, want one alert against NIS's claim alone", got)
			}
			if s.saveStmts.complete != tc.wantComplete {
				t.Errorf("memory complete = %v, want %v", s.saveStmts.complete, tc.wantComplete)
			}
			if n := count(t, s, "alert_pair_hashes"); n != 2 {
				t.Errorf("%d alert pairs stored, want the old one and NIS's", n)
			}
		})
	}
}

// makeV8 writes a database at schema version 8: an article with the
// earlier claims, a later one with claim, and its alert against the first
// earlier claim, recorded under key in alert_pairs as version 8 did.
func makeV8(t *testing.T, path string, earlier []claims.Claim, later claims.Claim, key string) {
	t.Helper()
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, m := range migrations[:8] {
		if _, err := db.Exec(m.sql); err != nil {
			t.Fatalf("migration %s: %v", m.name, err)
		}
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.Exec(q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)")
	exec("INSERT INTO schema_version VALUES (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0), (7, 0), (8, 0)")
	article := func(id int64, feed, url string, published time.Time) {
		exec(`INSERT INTO articles (id, url, canonical, title, source, published, stored_at, status, fingerprint)
			VALUES (?, ?, ?, 't', 's', ?, 0, 'new', ?)`, id, url, url, micros(published), id)
		exec("INSERT INTO items (feed_url, guid, article_id) VALUES (?, ?, ?)", feed, url, id)
	}
	insClaim := func(id, article int64, c claims.Claim, published time.Time) {
		exec(`INSERT INTO claims (id, article_id, metric, subject, location, value, value_max, qualifier,
			partial, attribution, quote, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
			id, article, string(c.Metric), string(c.Subject), c.Location, c.Value, c.ValueMax, string(c.Qualifier),
			c.Attribution, c.Quote, micros(published))
	}
	article(1, "https://a.example/rss", "https://a.example/1", day)
	for i, c := range earlier {
		insClaim(int64(i+1), 1, c, day)
	}
	article(2, "https://b.example/rss", "https://b.example/1", day.Add(time.Hour))
	laterID := int64(len(earlier) + 1)
	insClaim(laterID, 2, later, day.Add(time.Hour))
	exec("INSERT INTO alerts (id, kind, raised_at, claim_id) VALUES (1, 'conflict', ?, ?)", micros(day.Add(time.Hour)), laterID)
	exec("INSERT INTO alert_against (alert_id, claim_id) VALUES (1, 1)")
	exec("INSERT INTO alert_pairs (pair_key, alert_id) VALUES (?, 1)", key)
}

// TestPairIDsInEitherOrder: a pair's ID does not depend on which claim
// raised the alert, and two pairs that differ get two IDs.
func TestPairIDsInEitherOrder(t *testing.T) {
	a := claim(claims.Killed, 100, claims.About, "NIS")
	b := claim(claims.Killed, 300, claims.MoreThan, "Volodymyr Zelensky")
	c := claim(claims.Killed, 310, claims.MoreThan, "Volodymyr Zelensky")
	id := func(x, y claims.Claim) uint64 { return pairID(claims.AppendPairKey(nil, x, y)) }
	if id(a, b) != id(b, a) {
		t.Error("the pair's ID depends on its order")
	}
	if id(a, b) == id(a, c) {
		t.Error("two pairs share an ID")
	}
}

// TestPairIDsFromHalves: the pair IDs queueAlert builds from each claim's
// remembered half are pairID of claims.AppendPairKey, whichever claim
// raised the alert, with halves built, read from the transaction and read
// from memory after a commit.
func TestPairIDsFromHalves(t *testing.T) {
	attributions := []string{"NIS", "Volodymyr Zelensky", "South Korea's Joint Chiefs of Staff", "unattributed",
		"the Pentagon", "a~b", "Ukraine's military intelligence (HUR)", ""}
	r := rand.New(rand.NewPCG(9, 9))
	var cs []claims.Claim
	for i := range 40 {
		c := claim(claims.Metrics[r.IntN(len(claims.Metrics))], float64(100*r.IntN(30)), claims.About, attributions[r.IntN(len(attributions))])
		c.ID = int64(i + 1)
		if i%5 == 0 {
			c.ValueMax, c.Qualifier = c.Value+500, claims.Range
		}
		cs = append(cs, c)
	}
	s := mustOpen(t)
	for round, name := range []string{"built", "from the transaction", "from memory"} {
		tx, err := s.beginSave(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		defer tx.rollback() // a failure must not leave Close waiting for the write gate
		for i := range 200 {
			a := claims.Alert{Claim: cs[r.IntN(len(cs))], Against: []claims.Claim{cs[r.IntN(len(cs))], cs[r.IntN(len(cs))]}}
			if round == 1 && i == 0 {
				tx.pairIDs(claims.Alert{Claim: a.Claim, Against: cs}) // every half in the transaction
			}
			got := tx.pairIDs(a)
			for j, b := range a.Against {
				if want := pairID(claims.AppendPairKey(nil, a.Claim, b)); got[j] != want {
					t.Fatalf("%s: pair ID of %+v and %+v = %016x, want %016x", name, a.Claim, b, got[j], want)
				}
			}
		}
		if err := tx.commit(); err != nil {
			t.Fatal(err)
		}
		if round == 2 && len(s.saveStmts.keys) != len(cs) {
			t.Errorf("memory holds %d halves, want the %d claims'", len(s.saveStmts.keys), len(cs))
		}
	}
}
