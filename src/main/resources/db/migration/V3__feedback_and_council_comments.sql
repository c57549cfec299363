-- Residents' feedback on published drafts (agreements now, the vision later), moderated but never
-- deleted, and the summary of opinions and responses (意見と考え方) published once per document.

CREATE SEQUENCE feedback_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE feedback (
  id             BIGINT        NOT NULL PRIMARY KEY,
  circle_id      BIGINT        NOT NULL,
  subject_type   VARCHAR(30)   NOT NULL,
  subject_id     BIGINT        NOT NULL,
  clause         VARCHAR(40),
  author         VARCHAR(100)  NOT NULL,
  body           VARCHAR(4000) NOT NULL,
  submitted_at   TIMESTAMP     NOT NULL,
  hidden         BOOLEAN       DEFAULT FALSE NOT NULL,
  hidden_reason  VARCHAR(1000),
  hidden_by      VARCHAR(100),
  hidden_at      TIMESTAMP,
  response       VARCHAR(4000),
  lock_version   BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT fk_feedback_circle FOREIGN KEY (circle_id) REFERENCES circle (id)
);

CREATE INDEX ix_feedback_subject ON feedback (subject_type, subject_id);
CREATE INDEX ix_feedback_author ON feedback (author, submitted_at);

CREATE TABLE feedback_summary (
  subject_type  VARCHAR(30) NOT NULL,
  subject_id    BIGINT      NOT NULL,
  published_at  TIMESTAMP   NOT NULL,
  published_by  VARCHAR(100) NOT NULL,
  CONSTRAINT pk_feedback_summary PRIMARY KEY (subject_type, subject_id)
);

-- Council members' comments on single clauses of a version, before their council votes.
CREATE SEQUENCE clause_comment_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE clause_comment (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  version_id         BIGINT        NOT NULL,
  clause             VARCHAR(40)   NOT NULL,
  author             VARCHAR(100)  NOT NULL,
  municipality_code  VARCHAR(6)    NOT NULL,
  body               VARCHAR(4000) NOT NULL,
  created_at         TIMESTAMP     NOT NULL,
  CONSTRAINT fk_clause_comment_version FOREIGN KEY (version_id) REFERENCES agreement_version (id)
);

CREATE INDEX ix_clause_comment_version ON clause_comment (version_id);
