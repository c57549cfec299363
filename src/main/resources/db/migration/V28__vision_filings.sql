-- 要綱 第7(3): the copies of an adopted vision sent on — the central city's to the governor of its
-- prefecture and to the Ministry, each partner's to the governor of its own — and the prefecture's
-- acknowledgement. Rows hang off a vision version of the circle and are reached by a join to it.
CREATE SEQUENCE vision_filing_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE vision_filing (
  id               BIGINT        NOT NULL PRIMARY KEY,
  version_id       BIGINT        NOT NULL,
  sender           VARCHAR(6)    NOT NULL,
  recipient        VARCHAR(20)   NOT NULL,
  sent_on          DATE          NOT NULL,
  recorded_by      VARCHAR(100)  NOT NULL,
  recorded_at      TIMESTAMP     NOT NULL,
  acknowledged_on  DATE,
  acknowledged_by  VARCHAR(100),
  CONSTRAINT uq_vision_filing UNIQUE (version_id, sender, recipient),
  CONSTRAINT fk_vision_filing_version FOREIGN KEY (version_id) REFERENCES vision_version (id)
);
