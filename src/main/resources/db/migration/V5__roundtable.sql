-- The vision roundtable (ビジョン懇談会, 要綱 第6(2)(4)): members by sector with their terms, and its
-- meetings with agenda, attendance and minutes.

CREATE SEQUENCE roundtable_member_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE roundtable_member (
  id            BIGINT        NOT NULL PRIMARY KEY,
  circle_id     BIGINT        NOT NULL,
  name          VARCHAR(100)  NOT NULL,
  affiliation   VARCHAR(200)  NOT NULL,
  sector        VARCHAR(30)   NOT NULL,
  term_start    DATE          NOT NULL,
  term_end      DATE          NOT NULL,
  username      VARCHAR(100),
  lock_version  BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT fk_roundtable_member_circle FOREIGN KEY (circle_id) REFERENCES circle (id),
  CONSTRAINT ck_roundtable_member_term CHECK (term_end >= term_start)
);

CREATE INDEX ix_roundtable_member_circle ON roundtable_member (circle_id);

CREATE SEQUENCE roundtable_meeting_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE roundtable_meeting (
  id                    BIGINT         NOT NULL PRIMARY KEY,
  circle_id             BIGINT         NOT NULL,
  title                 VARCHAR(200)   NOT NULL,
  held_at               TIMESTAMP      NOT NULL,
  place                 VARCHAR(400)   NOT NULL,
  agenda                VARCHAR(4000)  NOT NULL,
  minutes               VARCHAR(20000),
  minutes_published_at  TIMESTAMP,
  created_by            VARCHAR(100)   NOT NULL,
  lock_version          BIGINT         DEFAULT 0 NOT NULL,
  CONSTRAINT fk_roundtable_meeting_circle FOREIGN KEY (circle_id) REFERENCES circle (id)
);

CREATE INDEX ix_roundtable_meeting_circle ON roundtable_meeting (circle_id, held_at);

CREATE TABLE roundtable_attendance (
  meeting_id  BIGINT NOT NULL,
  member_id   BIGINT NOT NULL,
  CONSTRAINT pk_roundtable_attendance PRIMARY KEY (meeting_id, member_id),
  CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES roundtable_meeting (id),
  CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES roundtable_member (id)
);
