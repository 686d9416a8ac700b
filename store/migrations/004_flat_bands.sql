-- The near-duplicate index leaves SQLite. Its eight 8-bit band keys each
-- matched 1/256 of all articles, so lookups slowed as the store grew; the
-- flat keys that replace them (dedup.Probes) still cost a B-tree seek per
-- probe. The store now keeps the index in memory, rebuilt at open from
-- articles.fingerprint, which was always the source of truth.
DROP TABLE bands;
