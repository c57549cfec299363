-- Circles (連携中枢都市圏), municipalities and who is a member of which circle.
-- Portable SQL: the same script runs on the embedded H2 database and on PostgreSQL.

CREATE TABLE municipality (
  code     VARCHAR(6)   NOT NULL PRIMARY KEY,
  name_ja  VARCHAR(100) NOT NULL,
  name_en  VARCHAR(100) NOT NULL,
  kind     VARCHAR(16)  NOT NULL,
  CONSTRAINT ck_municipality_kind CHECK (kind IN ('CITY', 'TOWN', 'VILLAGE'))
);

CREATE SEQUENCE circle_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE circle (
  id       BIGINT       NOT NULL PRIMARY KEY,
  slug     VARCHAR(40)  NOT NULL,
  name_ja  VARCHAR(200) NOT NULL,
  name_en  VARCHAR(200) NOT NULL,
  version  BIGINT       DEFAULT 0 NOT NULL,
  CONSTRAINT uq_circle_slug UNIQUE (slug)
);

-- EclipseLink allocates member ids in blocks of 50.
CREATE SEQUENCE circle_member_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE circle_member (
  id                 BIGINT      NOT NULL PRIMARY KEY,
  circle_id          BIGINT      NOT NULL,
  municipality_code  VARCHAR(6)  NOT NULL,
  role               VARCHAR(16) NOT NULL,
  CONSTRAINT fk_circle_member_circle FOREIGN KEY (circle_id) REFERENCES circle (id),
  CONSTRAINT fk_circle_member_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
  CONSTRAINT uq_circle_member UNIQUE (circle_id, municipality_code),
  CONSTRAINT ck_circle_member_role CHECK (role IN ('CENTRAL_CITY', 'PARTNER'))
);

CREATE INDEX ix_circle_member_municipality ON circle_member (municipality_code);
