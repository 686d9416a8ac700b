-- Sentence samples: an original now indexes only its dedup.SampleSize
-- smallest sentence hashes (a bottom-k sketch), a third of the rows. Each
-- row carries the sample's cut, the largest hash in it (NULL: no cut, the
-- original is indexed whole, as every article stored before this version
-- is). Below the cut the sample is the original's whole set, which lets a
-- lookup rule most originals out from their rows alone. The article row
-- keeps all of a sampled original's hashes (sorted, 8 bytes each, big
-- endian), so an original the sample does not rule out is judged on all
-- its sentences, as before. Articles stored before this version keep every
-- row and a NULL copy, and are judged from their rows as they were.
ALTER TABLE sentences ADD COLUMN cut INTEGER;
ALTER TABLE articles ADD COLUMN sentences BLOB;
