-- Finding things (issue 14): what changed, in order, so that every instance's search index catches
-- up; a rebuild the portal administrator asked for; how a municipality's name reads.

CREATE SEQUENCE search_change_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE search_change (
  seq         BIGINT       NOT NULL PRIMARY KEY,
  source      VARCHAR(40)  NOT NULL,
  record_id   BIGINT       NOT NULL,
  circle_id   BIGINT       NOT NULL,
  changed_at  TIMESTAMP    NOT NULL
);

CREATE TABLE search_rebuild (
  id            INTEGER    NOT NULL PRIMARY KEY,
  requested_at  TIMESTAMP  NOT NULL
);

INSERT INTO search_rebuild (id, requested_at) VALUES (1, TIMESTAMP '1970-01-01 00:00:00');

ALTER TABLE municipality ADD COLUMN name_kana VARCHAR(100);
