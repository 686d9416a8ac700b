-- The near-duplicate index moves from eight 8-bit bands (each key shared by
-- 1/256 of all articles, so lookups slowed as the store grew) to three
-- bands of 22, 21 and 21 bits that a lookup probes with one bit flipped
-- (dedup.Bands, dedup.Probes). The keys are rebuilt from the fingerprints
-- already stored; a key is the band's bits with the band index in the top
-- byte. >> is arithmetic on SQLite's signed integers, but the mask keeps
-- only the band's own bits.
DELETE FROM bands;
INSERT INTO bands (band_key, article_id, fingerprint)
SELECT (fingerprint >> b.shift) & b.mask | (b.i << 56), id, fingerprint
FROM articles, (SELECT 0 AS i, 0 AS shift, 4194303 AS mask
                UNION ALL SELECT 1, 22, 2097151
                UNION ALL SELECT 2, 43, 2097151) AS b
WHERE status = 'new' AND fingerprint <> 0;
