-- Times keep their id, modifier ("APPROX", "START"), range word ("since", "until") and
-- whether their value could be resolved against a publication date.
ALTER TABLE times ADD COLUMN time_id TEXT;
ALTER TABLE times ADD COLUMN mod TEXT;
ALTER TABLE times ADD COLUMN range TEXT;
ALTER TABLE times ADD COLUMN resolved INTEGER NOT NULL DEFAULT 1;
