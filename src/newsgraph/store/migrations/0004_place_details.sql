-- Places keep the text as written, the entity they are a mention of, and their role in the
-- sentence: "location", "actor" (a capital or country standing for its government) or
-- "modifier" (an adjective: "Russian forces").
ALTER TABLE places ADD COLUMN text TEXT;
ALTER TABLE places ADD COLUMN entity_id TEXT;
ALTER TABLE places ADD COLUMN role TEXT;
CREATE INDEX places_geonames ON places (geonames_id);
