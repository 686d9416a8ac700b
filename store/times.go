package store

import (
	"database/sql"
	"time"
)

// Times are stored as Unix microseconds: exact enough for ordering and
// equality, and wide enough for any date a feed may claim (nanoseconds
// overflow past 2262). The zero time is stored as NULL.

func micros(t time.Time) int64 { return t.UnixMicro() }

func nullMicros(t time.Time) sql.NullInt64 {
	if t.IsZero() {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: t.UnixMicro(), Valid: true}
}

func fromMicros(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.UnixMicro(v.Int64).UTC()
}
