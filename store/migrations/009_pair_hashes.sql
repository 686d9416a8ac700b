-- Alerted pairs keyed by a 64-bit hash of the pair's key text (pairID in
-- store/pairs.go) instead of the text itself: about 90 bytes of text per
-- row became an 8-byte integer that is the table's own rowid, so an
-- insert or a lookup is one seek in an integer b-tree. alert_pairs' rows
-- are hashed into this table by the Go step of this migration
-- (hashAlertPairs), which then drops alert_pairs, in the same transaction:
-- a pair alerted before the upgrade is never alerted again after it.
CREATE TABLE alert_pair_hashes (
	pair_hash INTEGER PRIMARY KEY,
	alert_id  INTEGER NOT NULL REFERENCES alerts (id)
);
