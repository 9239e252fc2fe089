-- Mentions say how they refer: by name, or by title or pronoun (coreference).
ALTER TABLE mentions ADD COLUMN kind TEXT NOT NULL DEFAULT 'name'
    CHECK (kind IN ('name', 'coref'));
