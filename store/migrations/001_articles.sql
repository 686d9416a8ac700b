-- Articles, the feed entries that gave them, their near-duplicate index and
-- their claims. Times are Unix microseconds (NULL when unknown): exact,
-- ordered, and wide enough for any date a feed can claim.

CREATE TABLE articles (
	id           INTEGER PRIMARY KEY,
	url          TEXT NOT NULL,
	canonical    TEXT NOT NULL,
	title        TEXT NOT NULL,
	source       TEXT NOT NULL,
	published    INTEGER,
	stored_at    INTEGER NOT NULL,
	status       TEXT NOT NULL CHECK (status IN ('new', 'duplicate', 'off_topic')),
	duplicate_of TEXT CHECK ((status = 'duplicate') = (duplicate_of IS NOT NULL)),
	fingerprint  INTEGER NOT NULL
);
-- Not unique: syndicated copies share a canonical URL.
CREATE INDEX articles_canonical ON articles (canonical);
CREATE INDEX articles_status_published ON articles (status, published);

-- One row per (feed, entry), so a feed's entry is judged once.
CREATE TABLE items (
	feed_url   TEXT NOT NULL,
	guid       TEXT NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles (id),
	PRIMARY KEY (feed_url, guid)
) WITHOUT ROWID;
CREATE INDEX items_article ON items (article_id);

-- SimHash band keys of new articles (dedup.Bands). The fingerprint is
-- repeated here so a lookup reads the index alone.
CREATE TABLE bands (
	band_key    INTEGER NOT NULL,
	article_id  INTEGER NOT NULL REFERENCES articles (id),
	fingerprint INTEGER NOT NULL,
	PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;

CREATE TABLE claims (
	id          INTEGER PRIMARY KEY,
	article_id  INTEGER NOT NULL REFERENCES articles (id),
	metric      TEXT NOT NULL CHECK (metric IN ('troops', 'casualties', 'killed', 'wounded', 'captured')),
	subject     TEXT NOT NULL CHECK (subject <> ''),
	location    TEXT NOT NULL,
	value       REAL NOT NULL CHECK (value >= 0),
	value_max   REAL NOT NULL CHECK (value_max >= 0),
	qualifier   TEXT NOT NULL CHECK (qualifier IN ('exact', 'about', 'more_than', 'at_least',
	                                               'less_than', 'at_most', 'up_to', 'range', 'vague')),
	partial     INTEGER NOT NULL CHECK (partial IN (0, 1)),
	attribution TEXT NOT NULL,
	quote       TEXT NOT NULL,
	published   INTEGER
);
CREATE INDEX claims_metric_subject_published ON claims (metric, subject, published);
CREATE INDEX claims_article ON claims (article_id);
