-- Regular mayoral consultations (要綱 第5(2)⑥): scheduling by candidate slots, agenda with
-- materials, minutes agreed by every party, action items, and private calendar subscriptions.

CREATE SEQUENCE consultation_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE consultation (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  circle_id          BIGINT        NOT NULL,
  title              VARCHAR(200)  NOT NULL,
  purpose            VARCHAR(4000),
  status             VARCHAR(20)   NOT NULL,
  confirmed_slot_id  BIGINT,
  ical_sequence      INTEGER       DEFAULT 0 NOT NULL,
  created_by         VARCHAR(100)  NOT NULL,
  created_at         TIMESTAMP     NOT NULL,
  lock_version       BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT fk_consultation_circle FOREIGN KEY (circle_id) REFERENCES circle (id),
  CONSTRAINT ck_consultation_status CHECK (status IN ('SCHEDULING', 'CONFIRMED', 'CANCELLED'))
);

CREATE INDEX ix_consultation_circle ON consultation (circle_id);

CREATE TABLE consultation_participant (
  consultation_id    BIGINT     NOT NULL,
  municipality_code  VARCHAR(6) NOT NULL,
  CONSTRAINT pk_consultation_participant PRIMARY KEY (consultation_id, municipality_code),
  CONSTRAINT fk_participant_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT fk_participant_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);

CREATE INDEX ix_participant_municipality ON consultation_participant (municipality_code);

CREATE SEQUENCE consultation_slot_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE consultation_slot (
  id               BIGINT        NOT NULL PRIMARY KEY,
  consultation_id  BIGINT        NOT NULL,
  starts_at        TIMESTAMP     NOT NULL,
  ends_at          TIMESTAMP     NOT NULL,
  place            VARCHAR(400),
  online_url       VARCHAR(400),
  CONSTRAINT fk_slot_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);

CREATE INDEX ix_slot_consultation ON consultation_slot (consultation_id);

CREATE TABLE slot_answer (
  slot_id            BIGINT       NOT NULL,
  municipality_code  VARCHAR(6)   NOT NULL,
  available          BOOLEAN      NOT NULL,
  answered_by        VARCHAR(100) NOT NULL,
  answered_at        TIMESTAMP    NOT NULL,
  CONSTRAINT pk_slot_answer PRIMARY KEY (slot_id, municipality_code),
  CONSTRAINT fk_answer_slot FOREIGN KEY (slot_id) REFERENCES consultation_slot (id)
);

-- Reschedules and cancellations, with the reason everybody invited sees.
CREATE TABLE consultation_change (
  consultation_id  BIGINT        NOT NULL,
  position         INTEGER       NOT NULL,
  kind             VARCHAR(20)   NOT NULL,
  reason           VARCHAR(2000) NOT NULL,
  changed_by       VARCHAR(100)  NOT NULL,
  changed_at       TIMESTAMP     NOT NULL,
  CONSTRAINT pk_consultation_change PRIMARY KEY (consultation_id, position),
  CONSTRAINT fk_change_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);

CREATE SEQUENCE agenda_item_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE agenda_item (
  id               BIGINT        NOT NULL PRIMARY KEY,
  consultation_id  BIGINT        NOT NULL,
  title            VARCHAR(400)  NOT NULL,
  proposed_by      VARCHAR(6)    NOT NULL,
  created_by       VARCHAR(100)  NOT NULL,
  created_at       TIMESTAMP     NOT NULL,
  CONSTRAINT fk_agenda_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);

CREATE INDEX ix_agenda_consultation ON agenda_item (consultation_id);

-- Materials are kept in the database, not on a disk: every instance of a cluster serves them, and
-- a refused upload leaves nothing behind.
CREATE SEQUENCE material_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE material (
  id              BIGINT        NOT NULL PRIMARY KEY,
  agenda_item_id  BIGINT        NOT NULL,
  file_name       VARCHAR(200)  NOT NULL,
  content_type    VARCHAR(100)  NOT NULL,
  size_bytes      BIGINT        NOT NULL,
  sha256          VARCHAR(64)   NOT NULL,
  uploaded_by     VARCHAR(100)  NOT NULL,
  uploaded_at     TIMESTAMP     NOT NULL,
  CONSTRAINT fk_material_agenda FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id)
);

CREATE INDEX ix_material_agenda ON material (agenda_item_id);

CREATE TABLE material_content (
  material_id  BIGINT  NOT NULL PRIMARY KEY,
  content      BYTEA   NOT NULL,
  CONSTRAINT fk_content_material FOREIGN KEY (material_id) REFERENCES material (id)
);

CREATE SEQUENCE minutes_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE minutes (
  id               BIGINT         NOT NULL PRIMARY KEY,
  consultation_id  BIGINT         NOT NULL,
  status           VARCHAR(20)    NOT NULL,
  body             VARCHAR(20000) NOT NULL,
  revision         INTEGER        NOT NULL,
  corrects_id      BIGINT,
  updated_by       VARCHAR(100)   NOT NULL,
  updated_at       TIMESTAMP      NOT NULL,
  final_at         TIMESTAMP,
  published_at     TIMESTAMP,
  lock_version     BIGINT         DEFAULT 0 NOT NULL,
  CONSTRAINT fk_minutes_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT fk_minutes_corrects FOREIGN KEY (corrects_id) REFERENCES minutes (id),
  CONSTRAINT ck_minutes_status CHECK (status IN ('DRAFT', 'CIRCULATED', 'FINAL'))
);

CREATE INDEX ix_minutes_consultation ON minutes (consultation_id);

CREATE TABLE minutes_approval (
  minutes_id         BIGINT       NOT NULL,
  municipality_code  VARCHAR(6)   NOT NULL,
  revision           INTEGER      NOT NULL,
  approved_by        VARCHAR(100) NOT NULL,
  approved_at        TIMESTAMP    NOT NULL,
  CONSTRAINT pk_minutes_approval PRIMARY KEY (minutes_id, municipality_code),
  CONSTRAINT fk_approval_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id)
);

CREATE SEQUENCE minutes_comment_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE minutes_comment (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  minutes_id         BIGINT        NOT NULL,
  revision           INTEGER       NOT NULL,
  municipality_code  VARCHAR(6)    NOT NULL,
  author             VARCHAR(100)  NOT NULL,
  body               VARCHAR(4000) NOT NULL,
  change_requested   BOOLEAN       NOT NULL,
  created_at         TIMESTAMP     NOT NULL,
  CONSTRAINT fk_comment_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id)
);

CREATE INDEX ix_minutes_comment ON minutes_comment (minutes_id);

CREATE SEQUENCE action_item_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE action_item (
  id               BIGINT        NOT NULL PRIMARY KEY,
  circle_id        BIGINT        NOT NULL,
  consultation_id  BIGINT        NOT NULL,
  title            VARCHAR(400)  NOT NULL,
  owner_code       VARCHAR(6)    NOT NULL,
  due_on           DATE          NOT NULL,
  done_on          DATE,
  done_by          VARCHAR(100),
  lock_version     BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT fk_action_circle FOREIGN KEY (circle_id) REFERENCES circle (id),
  CONSTRAINT fk_action_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);

CREATE INDEX ix_action_circle ON action_item (circle_id, done_on);

-- Private calendar subscriptions: only the token's hash is kept; revoking ends the feed.
CREATE SEQUENCE calendar_feed_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE calendar_feed (
  id                 BIGINT       NOT NULL PRIMARY KEY,
  token_hash         VARCHAR(64)  NOT NULL,
  username           VARCHAR(100) NOT NULL,
  circle_id          BIGINT       NOT NULL,
  municipality_code  VARCHAR(6)   NOT NULL,
  central_city       BOOLEAN      NOT NULL,
  created_at         TIMESTAMP    NOT NULL,
  revoked_at         TIMESTAMP,
  CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
  CONSTRAINT fk_calendar_feed_circle FOREIGN KEY (circle_id) REFERENCES circle (id)
);

CREATE INDEX ix_calendar_feed_user ON calendar_feed (username, circle_id);
