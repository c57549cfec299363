-- Administering circles (要綱 第3, 第4, 第5(1)) and the people in them.

-- 第4: the declaration of the central city (連携中枢都市宣言書), items ①–⑥. Every change is a new
-- row; the newest is in force; each is published as a notice.
CREATE SEQUENCE circle_declaration_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE circle_declaration (
  id                  BIGINT         NOT NULL PRIMARY KEY,
  circle_id           BIGINT         NOT NULL,
  declared_on         DATE           NOT NULL,
  will_to_lead        VARCHAR(4000)  NOT NULL,
  population          VARCHAR(4000)  NOT NULL,
  urban_functions     VARCHAR(4000)  NOT NULL,
  cooperation_fields  VARCHAR(4000)  NOT NULL,
  commuting_area      VARCHAR(4000)  NOT NULL,
  other_neighbours    VARCHAR(4000),
  recorded_by         VARCHAR(100)   NOT NULL,
  recorded_at         TIMESTAMP      NOT NULL,
  CONSTRAINT fk_circle_declaration_circle FOREIGN KEY (circle_id) REFERENCES circle (id)
);

CREATE INDEX ix_circle_declaration_circle ON circle_declaration (circle_id, recorded_at);

-- 第5(1): the commuting/school ratio of each neighbour to the central city.
CREATE TABLE commuting_ratio (
  circle_id          BIGINT         NOT NULL,
  municipality_code  VARCHAR(6)     NOT NULL,
  name_ja            VARCHAR(100)   NOT NULL,
  ratio              NUMERIC(5, 3)  NOT NULL,
  recorded_by        VARCHAR(100)   NOT NULL,
  recorded_at        TIMESTAMP      NOT NULL,
  CONSTRAINT pk_commuting_ratio PRIMARY KEY (circle_id, municipality_code),
  CONSTRAINT fk_commuting_ratio_circle FOREIGN KEY (circle_id) REFERENCES circle (id),
  CONSTRAINT ck_commuting_ratio CHECK (ratio >= 0 AND ratio <= 1)
);

-- 第3: the central city's eligibility facts.
CREATE TABLE circle_eligibility (
  circle_id                BIGINT         NOT NULL PRIMARY KEY,
  city_status              VARCHAR(20)    NOT NULL,
  day_night_ratio          NUMERIC(5, 3)  NOT NULL,
  commuters_to_metropolis  NUMERIC(5, 3),
  recorded_by              VARCHAR(100)   NOT NULL,
  recorded_at              TIMESTAMP      NOT NULL,
  CONSTRAINT fk_circle_eligibility_circle FOREIGN KEY (circle_id) REFERENCES circle (id)
);

-- Central-city staff who may administer the people of their circle.
CREATE TABLE circle_administrator (
  circle_id   BIGINT        NOT NULL,
  username    VARCHAR(100)  NOT NULL,
  granted_by  VARCHAR(100)  NOT NULL,
  granted_at  TIMESTAMP     NOT NULL,
  CONSTRAINT pk_circle_administrator PRIMARY KEY (circle_id, username),
  CONSTRAINT fk_circle_administrator_circle FOREIGN KEY (circle_id) REFERENCES circle (id)
);

-- Invitations by e-mail: only the SHA-256 of the token is kept; used once, before it expires.
CREATE SEQUENCE invitation_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE invitation (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  circle_id          BIGINT        NOT NULL,
  email              VARCHAR(200)  NOT NULL,
  username           VARCHAR(100)  NOT NULL,
  municipality_code  VARCHAR(6)    NOT NULL,
  role               VARCHAR(40)   NOT NULL,
  token_hash         VARCHAR(64)   NOT NULL,
  invited_by         VARCHAR(100)  NOT NULL,
  invited_at         TIMESTAMP     NOT NULL,
  expires_at         TIMESTAMP     NOT NULL,
  accepted_at        TIMESTAMP,
  lock_version       BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT fk_invitation_circle FOREIGN KEY (circle_id) REFERENCES circle (id),
  CONSTRAINT uq_invitation_token UNIQUE (token_hash)
);
