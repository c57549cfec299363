-- The circle vision (連携中枢都市圏ビジョン, 要綱 第6): versions with the items of 第6(3), the
-- per-municipality comment rounds of 第6(5), the copies sent on adoption (第6(6)) and the KPIs'
-- yearly actuals. A version is a whole document; a yearly revision starts a new cycle from the
-- adopted version, a redraft within a cycle replaces the draft it came from.

CREATE SEQUENCE vision_version_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE vision_version (
  id                BIGINT         NOT NULL PRIMARY KEY,
  circle_id         BIGINT         NOT NULL,
  number            INTEGER        NOT NULL,
  cycle             INTEGER        NOT NULL,
  based_on_id       BIGINT,
  status            VARCHAR(20)    NOT NULL,
  title             VARCHAR(200)   NOT NULL,
  future_image      VARCHAR(8000),
  period_start_fy   INTEGER        NOT NULL,
  period_end_fy     INTEGER        NOT NULL,
  revision_policy   VARCHAR(2000),
  comment_opens     DATE,
  comment_closes    DATE,
  created_by        VARCHAR(100)   NOT NULL,
  created_at        TIMESTAMP      NOT NULL,
  adopted_at        TIMESTAMP,
  adopted_by        VARCHAR(100),
  override_reason   VARCHAR(2000),
  lock_version      BIGINT         DEFAULT 0 NOT NULL,
  CONSTRAINT fk_vision_version_circle FOREIGN KEY (circle_id) REFERENCES circle (id),
  CONSTRAINT uq_vision_version_number UNIQUE (circle_id, number),
  CONSTRAINT ck_vision_period CHECK (period_end_fy >= period_start_fy)
);

CREATE INDEX ix_vision_version_circle ON vision_version (circle_id, status);

-- ② Targets for population and ageing rate, per fiscal year.
CREATE TABLE vision_target (
  version_id   BIGINT         NOT NULL,
  fiscal_year  INTEGER        NOT NULL,
  population   BIGINT         NOT NULL,
  ageing_rate  NUMERIC(5, 2)  NOT NULL,
  CONSTRAINT pk_vision_target PRIMARY KEY (version_id, fiscal_year),
  CONSTRAINT fk_vision_target_version FOREIGN KEY (version_id) REFERENCES vision_version (id)
);

-- ③ Concrete initiatives. "number" stays the same through the versions of a vision, so that
-- comments and differences follow an initiative when others are added or removed.
CREATE SEQUENCE vision_initiative_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE vision_initiative (
  id           BIGINT         NOT NULL PRIMARY KEY,
  version_id   BIGINT         NOT NULL,
  number       INTEGER        NOT NULL,
  title        VARCHAR(200)   NOT NULL,
  content      VARCHAR(4000)  NOT NULL,
  schedule     VARCHAR(1000)  NOT NULL,
  clause       VARCHAR(200)   NOT NULL,
  CONSTRAINT fk_vision_initiative_version FOREIGN KEY (version_id) REFERENCES vision_version (id),
  CONSTRAINT uq_vision_initiative_number UNIQUE (version_id, number)
);

CREATE TABLE vision_initiative_municipality (
  initiative_id      BIGINT      NOT NULL,
  municipality_code  VARCHAR(6)  NOT NULL,
  CONSTRAINT pk_vision_initiative_municipality PRIMARY KEY (initiative_id, municipality_code),
  CONSTRAINT fk_vim_initiative FOREIGN KEY (initiative_id) REFERENCES vision_initiative (id)
);

-- Budgeted initiatives: cost per fiscal year in thousand yen; the total is their sum.
CREATE TABLE vision_initiative_cost (
  initiative_id  BIGINT   NOT NULL,
  fiscal_year    INTEGER  NOT NULL,
  amount         BIGINT   NOT NULL,
  CONSTRAINT pk_vision_initiative_cost PRIMARY KEY (initiative_id, fiscal_year),
  CONSTRAINT fk_vic_initiative FOREIGN KEY (initiative_id) REFERENCES vision_initiative (id)
);

-- ⑤ KPIs. "kpi_key" stays the same through the versions, so that actuals entered against one
-- adopted version carry over to the next.
CREATE SEQUENCE vision_kpi_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE vision_kpi (
  id                 BIGINT          NOT NULL PRIMARY KEY,
  version_id         BIGINT          NOT NULL,
  kpi_key            VARCHAR(40)     NOT NULL,
  field              VARCHAR(30)     NOT NULL,
  name               VARCHAR(200)    NOT NULL,
  unit               VARCHAR(40)     NOT NULL,
  baseline           NUMERIC(18, 2)  NOT NULL,
  baseline_fy        INTEGER         NOT NULL,
  target             NUMERIC(18, 2)  NOT NULL,
  target_fy          INTEGER         NOT NULL,
  responsible_code   VARCHAR(6)      NOT NULL,
  CONSTRAINT fk_vision_kpi_version FOREIGN KEY (version_id) REFERENCES vision_version (id),
  CONSTRAINT uq_vision_kpi_key UNIQUE (version_id, kpi_key)
);

CREATE SEQUENCE kpi_actual_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE kpi_actual (
  id           BIGINT          NOT NULL PRIMARY KEY,
  circle_id    BIGINT          NOT NULL,
  kpi_key      VARCHAR(40)     NOT NULL,
  fiscal_year  INTEGER         NOT NULL,
  actual       NUMERIC(18, 2)  NOT NULL,
  entered_by   VARCHAR(100)    NOT NULL,
  entered_at   TIMESTAMP       NOT NULL,
  lock_version BIGINT          DEFAULT 0 NOT NULL,
  CONSTRAINT fk_kpi_actual_circle FOREIGN KEY (circle_id) REFERENCES circle (id),
  CONSTRAINT uq_kpi_actual UNIQUE (circle_id, kpi_key, fiscal_year)
);

-- 第6(5): one round per partner and draft, on the sections that concern it.
CREATE SEQUENCE comment_round_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE comment_round (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  version_id         BIGINT        NOT NULL,
  municipality_code  VARCHAR(6)    NOT NULL,
  deadline           DATE          NOT NULL,
  opened_by          VARCHAR(100)  NOT NULL,
  opened_at          TIMESTAMP     NOT NULL,
  signed_off_by      VARCHAR(100),
  signed_off_at      TIMESTAMP,
  lock_version       BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT fk_comment_round_version FOREIGN KEY (version_id) REFERENCES vision_version (id),
  CONSTRAINT uq_comment_round UNIQUE (version_id, municipality_code)
);

CREATE TABLE comment_round_section (
  round_id     BIGINT       NOT NULL,
  section_key  VARCHAR(40)  NOT NULL,
  CONSTRAINT pk_comment_round_section PRIMARY KEY (round_id, section_key),
  CONSTRAINT fk_crs_round FOREIGN KEY (round_id) REFERENCES comment_round (id)
);

CREATE SEQUENCE round_comment_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE round_comment (
  id             BIGINT         NOT NULL PRIMARY KEY,
  round_id       BIGINT         NOT NULL,
  section_key    VARCHAR(40)    NOT NULL,
  author         VARCHAR(100)   NOT NULL,
  body           VARCHAR(4000)  NOT NULL,
  written_at     TIMESTAMP      NOT NULL,
  answer         VARCHAR(4000),
  reflection     VARCHAR(20),
  answered_by    VARCHAR(100),
  answered_at    TIMESTAMP,
  lock_version   BIGINT         DEFAULT 0 NOT NULL,
  CONSTRAINT fk_round_comment_round FOREIGN KEY (round_id) REFERENCES comment_round (id)
);

CREATE INDEX ix_round_comment_round ON round_comment (round_id);

-- 第6(6): the copy of the adopted vision sent to each partner, and when its office received it.
CREATE SEQUENCE vision_copy_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE vision_copy (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  version_id         BIGINT        NOT NULL,
  municipality_code  VARCHAR(6)    NOT NULL,
  sent_at            TIMESTAMP     NOT NULL,
  received_by        VARCHAR(100),
  received_at        TIMESTAMP,
  CONSTRAINT fk_vision_copy_version FOREIGN KEY (version_id) REFERENCES vision_version (id),
  CONSTRAINT uq_vision_copy UNIQUE (version_id, municipality_code)
);

-- 第6(2): the roundtable meeting that deliberated a draft.
ALTER TABLE roundtable_meeting ADD COLUMN vision_version_id BIGINT;
