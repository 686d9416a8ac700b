-- Sentence containment: a copy with other page furniture can drift past
-- the SimHash threshold when the article is short, but its long sentences
-- are still the original's (dedup.Sentences). One row per sentence hash
-- and original article, at most sentenceIDsKept per hash (the insert
-- enforces it): a sentence hundreds of articles share is boilerplate, not
-- evidence, and the cap keeps a lookup's rows bounded whatever the store
-- size. Articles stored before this version have no rows and are found by
-- fingerprint only.
CREATE TABLE sentences (
	hash       INTEGER NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles(id),
	PRIMARY KEY (hash, article_id)
) WITHOUT ROWID;
