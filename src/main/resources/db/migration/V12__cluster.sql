-- At scale (issue 19): the circle directory's version, bumped with every change to it, so that each
-- instance of a cluster reloads its in-memory copy within a second.
CREATE TABLE directory_version (
  id       INTEGER  NOT NULL PRIMARY KEY,
  version  BIGINT   NOT NULL
);

INSERT INTO directory_version (id, version) VALUES (1, 0);

-- Each instance keeps its own search index on local disk: the index notes which database (and which
-- rebuild request) it was built from, so that an index left from another database is rebuilt, not
-- trusted. The moment of this migration tells one database from another.
ALTER TABLE search_rebuild ADD COLUMN database_created TIMESTAMP;
UPDATE search_rebuild SET database_created = CURRENT_TIMESTAMP;
