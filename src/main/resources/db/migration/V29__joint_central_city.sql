-- 要綱 第9: where two cities act jointly as the central city, each neighbour concludes an agreement
-- with EACH of them, and the two conclude one between themselves on their roles. An agreement
-- therefore names its central city. Every agreement so far was with a circle's only (or first)
-- central city; they are given it here. Agreements a demo migration inserts after this one are given
-- theirs by the demo's own V17.
ALTER TABLE agreement ADD COLUMN central_code VARCHAR(6);

UPDATE agreement SET central_code = (
  SELECT m.municipality_code FROM circle_member m
  WHERE m.circle_id = agreement.circle_id AND m.role = 'CENTRAL_CITY'
  ORDER BY m.id FETCH FIRST 1 ROWS ONLY);

ALTER TABLE agreement DROP CONSTRAINT uq_agreement_partner;
ALTER TABLE agreement ADD CONSTRAINT uq_agreement_parties UNIQUE (circle_id, central_code, partner_code);
ALTER TABLE agreement ADD CONSTRAINT fk_agreement_central
  FOREIGN KEY (central_code) REFERENCES municipality (code);

-- 要綱 第9 ①–⑥: the facts that let two cities act as one central city, recorded per circle.
CREATE TABLE circle_joint_eligibility (
  circle_id               BIGINT        NOT NULL PRIMARY KEY,
  first_population        INTEGER       NOT NULL,
  second_population       INTEGER       NOT NULL,
  first_day_night         DECIMAL(5,3)  NOT NULL,
  second_day_night        DECIMAL(5,3)  NOT NULL,
  first_commuters         DECIMAL(5,3),
  second_commuters        DECIMAL(5,3),
  first_satellite         BOOLEAN       NOT NULL,
  second_satellite        BOOLEAN       NOT NULL,
  travel_minutes          INTEGER       NOT NULL,
  equivalent_initiatives  VARCHAR(2000),
  recorded_by             VARCHAR(100)  NOT NULL,
  recorded_at             TIMESTAMP     NOT NULL,
  CONSTRAINT fk_joint_eligibility_circle FOREIGN KEY (circle_id) REFERENCES circle (id)
);

-- 要綱 第9: the declaration is made jointly (連名): one city declares, the other city's signature
-- completes it, and only then is it in force and published.
ALTER TABLE circle_declaration ADD COLUMN declared_by_code VARCHAR(6);
ALTER TABLE circle_declaration ADD COLUMN cosigned_by_code VARCHAR(6);
ALTER TABLE circle_declaration ADD COLUMN cosigned_on DATE;

-- 要綱 第9: the vision is made jointly too. Each city approves the draft as it stands (its lock
-- version); the second approval of the same draft adopts it.
CREATE SEQUENCE vision_joint_approval_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE vision_joint_approval (
  id                  BIGINT        NOT NULL PRIMARY KEY,
  version_id          BIGINT        NOT NULL,
  city_code           VARCHAR(6)    NOT NULL,
  draft_lock_version  BIGINT        NOT NULL,
  approved_by         VARCHAR(100)  NOT NULL,
  approved_at         TIMESTAMP     NOT NULL,
  CONSTRAINT uq_vision_joint_approval UNIQUE (version_id, city_code),
  CONSTRAINT fk_vision_joint_approval_version FOREIGN KEY (version_id) REFERENCES vision_version (id)
);

-- 要綱 第7(1): the declaration's copies — to the governor of the central city's prefecture and of
-- each prefecture a municipality named in ⑤⑥ lies in, and to the Ministry — and each prefecture's
-- acknowledgement. One line per declaration and recipient.
CREATE SEQUENCE declaration_copy_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE declaration_copy (
  id               BIGINT        NOT NULL PRIMARY KEY,
  declaration_id   BIGINT        NOT NULL,
  recipient        VARCHAR(20)   NOT NULL,
  sent_on          DATE          NOT NULL,
  recorded_by      VARCHAR(100)  NOT NULL,
  recorded_at      TIMESTAMP     NOT NULL,
  acknowledged_on  DATE,
  acknowledged_by  VARCHAR(100),
  CONSTRAINT uq_declaration_copy UNIQUE (declaration_id, recipient),
  CONSTRAINT fk_declaration_copy_declaration FOREIGN KEY (declaration_id) REFERENCES circle_declaration (id)
);
