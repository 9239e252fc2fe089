-- A facility (a building, street or site the gazetteer lacks) takes the point of the town
-- it is named in: "within" is that town's place_id in the same article.
ALTER TABLE places ADD COLUMN within TEXT;

-- The quoted words of each quote: one span, or two when the attribution interrupts the
-- quote ("“Only you,” she said, “would …”"); quotes.start/end cover both and what is between.
CREATE TABLE quote_parts (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    quote_id   TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, quote_id, start)
);
