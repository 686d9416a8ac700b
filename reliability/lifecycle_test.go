package reliability

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"log/slog"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/store"
)

var console = bot.Target{Platform: "console", ChatID: "stdout"}

func TestSIGTERMDeliversPendingAndClosesCleanly(t *testing.T) {
	urls := feedServer(t, 1, 0)
	b := setup(t, urls, "")
	p := b.start(t, 0)
	p.waitLog(t, 30*time.Second, "msg=polled", len(urls))
	p.cmd.Process.Signal(syscall.SIGTERM)
	// grace is 2s in the config: exit 0 within grace + 1s.
	if err := p.wait(t, 3*time.Second); err != nil {
		t.Fatalf("exit after SIGTERM: %v; stderr:\n%s", err, readFile(t, p.stderr))
	}
	if n := len(alerts(readFile(t, p.stdout))); n == 0 {
		t.Fatal("no alert printed: the test proves nothing")
	}
	st, err := store.Open(context.Background(), b.db, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("reopen after a clean stop: %v", err)
	}
	defer st.Close()
	pending, err := st.PendingAlerts(context.Background(), console, 100)
	if err != nil || len(pending) != 0 {
		t.Errorf("pending for the console after stop: %d, %v", len(pending), err)
	}
}

// refusal runs crosscheck once and wants it to exit non-zero at once with
// a message containing want.
func refusal(t *testing.T, b *instance, run int, want string) {
	t.Helper()
	p := b.start(t, run)
	err := p.wait(t, 10*time.Second)
	var exit *exec.ExitError
	if !errorsAs(err, &exit) || exit.ExitCode() == 0 {
		t.Fatalf("crosscheck exited with %v, want a refusal", err)
	}
	if msg := readFile(t, p.stderr); !strings.Contains(msg, want) {
		t.Errorf("stderr lacks %q:\n%s", want, msg)
	}
}

func errorsAs(err error, target **exec.ExitError) bool {
	e, ok := err.(*exec.ExitError)
	*target = e
	return ok
}

func TestASecondInstanceIsRefused(t *testing.T) {
	b := setup(t, feedServer(t, 0, 0), "")
	first := b.start(t, 0)
	first.waitLog(t, 30*time.Second, "crosscheck running", 1)
	refusal(t, b, 1, "is in use by another crosscheck (pid ")
	first.cmd.Process.Signal(syscall.SIGTERM)
	if err := first.wait(t, 5*time.Second); err != nil {
		t.Errorf("first instance: %v", err)
	}
}

func TestBadDatabasesAreRefusedAndLeftAlone(t *testing.T) {
	tests := map[string]struct {
		make func(t *testing.T, path string)
		want string
	}{
		"not a database": {
			make: func(t *testing.T, path string) {
				junk := make([]byte, 8192)
				rand.Read(junk)
				os.WriteFile(path, junk, 0o600)
			},
			want: "not a",
		},
		"a corrupt database": {
			make: func(t *testing.T, path string) {
				newDatabase(t, path, nil)
				data, _ := os.ReadFile(path)
				for i := 4096; i < len(data) && i < 4096*4; i++ {
					data[i] ^= 0x5a // scramble pages past the header
				}
				os.WriteFile(path, data, 0o600)
			},
			want: path0,
		},
		"a database from a newer crosscheck": {
			make: func(t *testing.T, path string) {
				newDatabase(t, path, func(db *sql.DB) {
					if _, err := db.Exec("INSERT INTO schema_version (version, applied_at) VALUES (999, 0)"); err != nil {
						t.Fatal(err)
					}
				})
			},
			want: "schema version 999, this crosscheck knows up to",
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			b := setup(t, feedServer(t, 0, 0), "")
			tt.make(t, b.db)
			before, _ := os.ReadFile(b.db)
			want := tt.want
			if want == path0 {
				want = b.db
			}
			refusal(t, b, 0, want)
			if after, _ := os.ReadFile(b.db); !bytes.Equal(before, after) {
				t.Error("the refused database file was changed")
			}
		})
	}
}

// path0 stands for "the database path" in a case's wanted message.
const path0 = "\x00db path"

// newDatabase makes a real crosscheck database, lets change alter it
// through a plain connection, and checkpoints it into the one file.
func newDatabase(t *testing.T, path string, change func(*sql.DB)) {
	t.Helper()
	st, err := store.Open(context.Background(), path, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if change != nil {
		change(db)
	}
	if _, err := db.Exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE"); err != nil {
		t.Fatal(err)
	}
}
