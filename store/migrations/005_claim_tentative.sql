-- A claim whose subject or metric the extractor had to guess is reported
-- but never set against another report; earlier claims read back from the
-- store must keep that, or a guess could raise a conflict later.
ALTER TABLE claims ADD COLUMN tentative INTEGER NOT NULL DEFAULT 0 CHECK (tentative IN (0, 1));
