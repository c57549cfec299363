-- Cooperation agreements (連携協約, 要綱 第5): one per central city and partner, every version kept.

CREATE SEQUENCE agreement_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE agreement (
  id            BIGINT     NOT NULL PRIMARY KEY,
  circle_id     BIGINT     NOT NULL,
  partner_code  VARCHAR(6) NOT NULL,
  created_on    DATE       NOT NULL,
  lock_version  BIGINT     DEFAULT 0 NOT NULL,
  CONSTRAINT fk_agreement_circle FOREIGN KEY (circle_id) REFERENCES circle (id),
  CONSTRAINT fk_agreement_partner FOREIGN KEY (partner_code) REFERENCES municipality (code),
  CONSTRAINT uq_agreement_partner UNIQUE (circle_id, partner_code)
);

CREATE SEQUENCE agreement_version_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE agreement_version (
  id                       BIGINT        NOT NULL PRIMARY KEY,
  agreement_id             BIGINT        NOT NULL,
  number                   INTEGER       NOT NULL,
  kind                     VARCHAR(16)   NOT NULL,
  status                   VARCHAR(20)   NOT NULL,
  purpose                  VARCHAR(4000),
  basic_policy             VARCHAR(4000),
  execution                VARCHAR(4000),
  consultation_months      INTEGER,
  consultation_text        VARCHAR(4000),
  term_text                VARCHAR(4000),
  termination_clause       BOOLEAN       DEFAULT FALSE NOT NULL,
  disputes                 VARCHAR(4000),
  created_on               DATE          NOT NULL,
  feedback_opens           DATE,
  feedback_closes          DATE,
  council_review_on        DATE,
  concluded_on             DATE,
  termination_notified_on  DATE,
  updated_by               VARCHAR(100),
  lock_version             BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT fk_version_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
  CONSTRAINT uq_version_number UNIQUE (agreement_id, number),
  CONSTRAINT ck_version_kind CHECK (kind IN ('CONCLUSION', 'AMENDMENT', 'ABOLITION')),
  CONSTRAINT ck_version_status CHECK (status IN ('DRAFT', 'NOTIFICATION', 'COUNCIL_REVIEW', 'CONCLUDED', 'PROMULGATED', 'FILED'))
);

CREATE TABLE agreement_initiative (
  version_id    BIGINT        NOT NULL,
  position      INTEGER       NOT NULL,
  role          VARCHAR(20)   NOT NULL,
  viewpoint     VARCHAR(20),
  policy_field  VARCHAR(200),
  title         VARCHAR(400)  NOT NULL,
  content       VARCHAR(4000) NOT NULL,
  CONSTRAINT pk_agreement_initiative PRIMARY KEY (version_id, position),
  CONSTRAINT fk_initiative_version FOREIGN KEY (version_id) REFERENCES agreement_version (id)
);

CREATE TABLE agreement_resolution (
  version_id         BIGINT       NOT NULL,
  municipality_code  VARCHAR(6)   NOT NULL,
  resolved_on        DATE         NOT NULL,
  resolution_number  VARCHAR(100) NOT NULL,
  CONSTRAINT pk_agreement_resolution PRIMARY KEY (version_id, municipality_code),
  CONSTRAINT fk_resolution_version FOREIGN KEY (version_id) REFERENCES agreement_version (id)
);

CREATE TABLE agreement_promulgation (
  version_id         BIGINT       NOT NULL,
  municipality_code  VARCHAR(6)   NOT NULL,
  notice_number      VARCHAR(100) NOT NULL,
  notified_on        DATE         NOT NULL,
  CONSTRAINT pk_agreement_promulgation PRIMARY KEY (version_id, municipality_code),
  CONSTRAINT fk_promulgation_version FOREIGN KEY (version_id) REFERENCES agreement_version (id)
);

CREATE TABLE agreement_filing (
  version_id  BIGINT      NOT NULL,
  recipient   VARCHAR(20) NOT NULL,
  filed_on    DATE        NOT NULL,
  CONSTRAINT pk_agreement_filing PRIMARY KEY (version_id, recipient),
  CONSTRAINT fk_filing_version FOREIGN KEY (version_id) REFERENCES agreement_version (id)
);

-- Public notices of a circle (公表・告示): what residents read, in the feed and the API.
CREATE SEQUENCE notice_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE notice (
  id            BIGINT        NOT NULL PRIMARY KEY,
  circle_id     BIGINT        NOT NULL,
  kind          VARCHAR(40)   NOT NULL,
  title_ja      VARCHAR(400)  NOT NULL,
  title_en      VARCHAR(400)  NOT NULL,
  body_ja       VARCHAR(8000) NOT NULL,
  body_en       VARCHAR(8000) NOT NULL,
  link          VARCHAR(400),
  published_at  TIMESTAMP     NOT NULL,
  CONSTRAINT fk_notice_circle FOREIGN KEY (circle_id) REFERENCES circle (id)
);

CREATE INDEX ix_notice_circle_published ON notice (circle_id, published_at);
