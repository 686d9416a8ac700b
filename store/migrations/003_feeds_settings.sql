-- Per-feed polling state, small settings, and the audit log of changes.

CREATE TABLE feed_states (
	url           TEXT PRIMARY KEY,
	etag          TEXT NOT NULL,
	last_modified TEXT NOT NULL,
	last_poll     INTEGER,
	last_success  INTEGER,
	next_poll     INTEGER,
	errors        INTEGER NOT NULL,
	last_error    TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE kv (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE changes (
	id  INTEGER PRIMARY KEY,
	at  INTEGER NOT NULL,
	who TEXT NOT NULL,
	via TEXT NOT NULL,
	what TEXT NOT NULL
);
