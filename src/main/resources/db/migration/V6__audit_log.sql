-- Every administrative change: who, when, what, before and after. The portal only ever inserts
-- here; nothing updates or deletes an entry.

CREATE SEQUENCE audit_entry_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE audit_entry (
  id            BIGINT        NOT NULL PRIMARY KEY,
  recorded_at   TIMESTAMP     NOT NULL,
  actor         VARCHAR(100)  NOT NULL,
  circle_slug   VARCHAR(40),
  action        VARCHAR(60)   NOT NULL,
  target        VARCHAR(400)  NOT NULL,
  before_value  VARCHAR(4000),
  after_value   VARCHAR(4000)
);

CREATE INDEX ix_audit_recorded ON audit_entry (recorded_at);
CREATE INDEX ix_audit_circle ON audit_entry (circle_slug, recorded_at);
CREATE INDEX ix_audit_actor ON audit_entry (actor, recorded_at);
