-- Attachments of agreements, vision versions and notices (the signed original, maps, explanatory
-- material): checked like consultation materials, kept in the database, read through the rule of
-- the document they belong to.
CREATE SEQUENCE attachment_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE attachment (
  id           BIGINT        NOT NULL PRIMARY KEY,
  circle_id    BIGINT        NOT NULL,
  owner_kind   VARCHAR(20)   NOT NULL,
  owner_id     BIGINT        NOT NULL,
  label        VARCHAR(200),
  file_name    VARCHAR(200)  NOT NULL,
  file_type    VARCHAR(10)   NOT NULL,
  size_bytes   BIGINT        NOT NULL,
  sha256       VARCHAR(64)   NOT NULL,
  uploaded_by  VARCHAR(100)  NOT NULL,
  uploaded_at  TIMESTAMP     NOT NULL,
  CONSTRAINT fk_attachment_circle FOREIGN KEY (circle_id) REFERENCES circle (id)
);

CREATE INDEX ix_attachment_owner ON attachment (circle_id, owner_kind, owner_id);

CREATE TABLE attachment_content (
  attachment_id  BIGINT  NOT NULL PRIMARY KEY,
  content        BYTEA   NOT NULL,
  CONSTRAINT fk_content_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id)
);
