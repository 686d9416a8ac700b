-- The alerts outbox, who receives it, and what was delivered to whom.

CREATE TABLE alerts (
	id         INTEGER PRIMARY KEY,
	kind       TEXT NOT NULL CHECK (kind IN ('conflict', 'new_figure')),
	raised_at  INTEGER NOT NULL,
	claim_id   INTEGER NOT NULL REFERENCES claims (id),
	-- Set when the bounded outbox gave up on an undelivered alert.
	dropped_at INTEGER
);
CREATE INDEX alerts_raised ON alerts (raised_at);
CREATE INDEX alerts_kind_raised ON alerts (kind, raised_at);

CREATE TABLE alert_against (
	alert_id INTEGER NOT NULL REFERENCES alerts (id),
	claim_id INTEGER NOT NULL REFERENCES claims (id),
	PRIMARY KEY (alert_id, claim_id)
) WITHOUT ROWID;

-- Every pair of reports ever alerted on, so copies never alert twice.
CREATE TABLE alert_pairs (
	pair_key TEXT PRIMARY KEY,
	alert_id INTEGER NOT NULL REFERENCES alerts (id)
) WITHOUT ROWID;

CREATE TABLE subscriptions (
	platform      TEXT NOT NULL,
	chat_id       TEXT NOT NULL,
	guild_id      TEXT NOT NULL,
	subscribed_at INTEGER NOT NULL,
	PRIMARY KEY (platform, chat_id)
) WITHOUT ROWID;

CREATE TABLE deliveries (
	alert_id     INTEGER NOT NULL REFERENCES alerts (id),
	target       TEXT NOT NULL,
	delivered_at INTEGER NOT NULL,
	UNIQUE (alert_id, target)
);
