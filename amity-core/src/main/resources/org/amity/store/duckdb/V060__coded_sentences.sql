-- Coding (060-069): the sentence behind each event coded from text (dataset 'text'). The events
-- table has no column for it, so it is kept here, one row per event, joined on native_id.
CREATE TABLE coded_sentences (
  dataset      VARCHAR NOT NULL,
  native_id    VARCHAR NOT NULL,
  story_id     VARCHAR NOT NULL,
  sentence_no  INTEGER NOT NULL,
  sentence     VARCHAR NOT NULL,
  news_source  VARCHAR,
  url          VARCHAR
);
