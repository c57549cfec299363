-- Work comes to people (issue 13): what happened (an event, written in the same transaction as the
-- change that caused it), to whom (one notification per recipient, resolved from the circle's
-- membership shortly after), and how each person wants to hear of it.

CREATE SEQUENCE notification_event_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE notification_event (
  id               BIGINT         NOT NULL PRIMARY KEY,
  circle_id        BIGINT         NOT NULL,
  category         VARCHAR(20)    NOT NULL,
  event_key        VARCHAR(80)    NOT NULL,
  audiences        VARCHAR(2000)  NOT NULL,
  subject_ja       VARCHAR(400)   NOT NULL,
  subject_en       VARCHAR(400)   NOT NULL,
  body_ja          VARCHAR(8000)  NOT NULL,
  body_en          VARCHAR(8000)  NOT NULL,
  link             VARCHAR(400)   NOT NULL,
  actor            VARCHAR(300),
  calendar_method  VARCHAR(10),
  calendar         VARCHAR(8000),
  created_at       TIMESTAMP      NOT NULL,
  resolved_at      TIMESTAMP,
  attempts         INTEGER        NOT NULL,
  next_attempt_at  TIMESTAMP      NOT NULL,
  last_error       VARCHAR(1000)
);

CREATE INDEX ix_notification_event_pending ON notification_event (resolved_at, next_attempt_at);

CREATE SEQUENCE notification_seq START WITH 1000 INCREMENT BY 50;

-- recipient: a username, or 'mailto:' and the address of a resident who follows without an account.
CREATE TABLE notification (
  id               BIGINT         NOT NULL PRIMARY KEY,
  event_id         BIGINT         NOT NULL,
  circle_id        BIGINT         NOT NULL,
  recipient        VARCHAR(300)   NOT NULL,
  email            VARCHAR(200),
  language         VARCHAR(5)     NOT NULL,
  category         VARCHAR(20)    NOT NULL,
  delivery         VARCHAR(20)    NOT NULL,
  status           VARCHAR(20)    NOT NULL,
  created_at       TIMESTAMP      NOT NULL,
  read_at          TIMESTAMP,
  attempts         INTEGER        NOT NULL,
  next_attempt_at  TIMESTAMP      NOT NULL,
  sent_at          TIMESTAMP,
  last_error       VARCHAR(1000),
  lock_version     BIGINT         NOT NULL,
  CONSTRAINT uq_notification_recipient UNIQUE (event_id, recipient)
);

CREATE INDEX ix_notification_recipient ON notification (recipient, created_at);
CREATE INDEX ix_notification_delivery ON notification (status, delivery, next_attempt_at);

-- How a person wants to hear of each category: IMMEDIATE, DAILY, WEEKLY or OFF.
CREATE TABLE notification_preference (
  username   VARCHAR(300)  NOT NULL,
  category   VARCHAR(20)   NOT NULL,
  frequency  VARCHAR(20)   NOT NULL,
  CONSTRAINT pk_notification_preference PRIMARY KEY (username, category)
);

-- The language a person reads the portal's mail in (ja or en).
CREATE TABLE person_language (
  username  VARCHAR(300)  NOT NULL PRIMARY KEY,
  language  VARCHAR(5)    NOT NULL
);

CREATE SEQUENCE follow_seq START WITH 1000 INCREMENT BY 1;

-- A resident follows a circle (subject_type NULL) or one of its documents. By account (username)
-- or by address alone, which counts only once confirmed (double opt-in).
CREATE TABLE follow (
  id            BIGINT         NOT NULL PRIMARY KEY,
  circle_id     BIGINT         NOT NULL,
  subject_type  VARCHAR(30),
  subject_id    BIGINT,
  username      VARCHAR(300),
  email         VARCHAR(200),
  language      VARCHAR(5)     NOT NULL,
  token_hash    VARCHAR(64),
  created_at    TIMESTAMP      NOT NULL,
  confirmed_at  TIMESTAMP
);

CREATE INDEX ix_follow_circle ON follow (circle_id, subject_type, subject_id);
CREATE INDEX ix_follow_username ON follow (username);

-- Reminders sent, so that each goes out once whatever the scheduler does.
CREATE TABLE reminder_sent (
  reminder_key  VARCHAR(200)  NOT NULL PRIMARY KEY,
  sent_at       TIMESTAMP     NOT NULL
);

-- The lease of the scheduled jobs: the one instance of a cluster that runs them.
CREATE TABLE job_lease (
  name        VARCHAR(40)   NOT NULL PRIMARY KEY,
  holder      VARCHAR(100)  NOT NULL,
  expires_at  TIMESTAMP     NOT NULL
);

INSERT INTO job_lease (name, holder, expires_at) VALUES ('scheduler', '', TIMESTAMP '1970-01-01 00:00:00');

-- A secret the instances share (the key that signs unsubscribe links), made once.
CREATE TABLE portal_secret (
  name    VARCHAR(40)   NOT NULL PRIMARY KEY,
  secret  VARCHAR(200)  NOT NULL
);

-- When minutes went round for approval: the reminder three days later counts from it.
ALTER TABLE minutes ADD COLUMN circulated_at TIMESTAMP;
UPDATE minutes SET circulated_at = updated_at WHERE status <> 'DRAFT';
