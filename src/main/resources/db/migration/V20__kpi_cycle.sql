-- Issue 18, item 1: the yearly KPI cycle (要綱 第6(3)⑤ 進捗管理).
-- The initiatives a KPI measures, by their number in the same version (copied with the KPI).
CREATE TABLE vision_kpi_initiative (
  kpi_id BIGINT NOT NULL,
  initiative_number INT NOT NULL,
  CONSTRAINT pk_vision_kpi_initiative PRIMARY KEY (kpi_id, initiative_number),
  CONSTRAINT fk_vision_kpi_initiative_kpi FOREIGN KEY (kpi_id) REFERENCES vision_kpi (id)
);

-- When a fiscal year's actuals are due, as the central city set it (else 30 June after the year).
CREATE SEQUENCE kpi_deadline_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE kpi_deadline (
  id BIGINT NOT NULL,
  circle_id BIGINT NOT NULL,
  fiscal_year INT NOT NULL,
  due_on DATE NOT NULL,
  set_by VARCHAR(100) NOT NULL,
  set_at TIMESTAMP NOT NULL,
  CONSTRAINT pk_kpi_deadline PRIMARY KEY (id),
  CONSTRAINT uq_kpi_deadline UNIQUE (circle_id, fiscal_year),
  CONSTRAINT fk_kpi_deadline_circle FOREIGN KEY (circle_id) REFERENCES circle (id)
);

-- The central city's evaluation of a KPI for a fiscal year: 達成状況, 要因, 対応; fixed once published.
CREATE SEQUENCE kpi_evaluation_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE kpi_evaluation (
  id BIGINT NOT NULL,
  circle_id BIGINT NOT NULL,
  kpi_key VARCHAR(40) NOT NULL,
  fiscal_year INT NOT NULL,
  rating VARCHAR(20) NOT NULL,
  factors VARCHAR(2000) NOT NULL,
  response VARCHAR(2000) NOT NULL,
  written_by VARCHAR(100) NOT NULL,
  written_at TIMESTAMP NOT NULL,
  published_at TIMESTAMP,
  lock_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT pk_kpi_evaluation PRIMARY KEY (id),
  CONSTRAINT uq_kpi_evaluation UNIQUE (circle_id, kpi_key, fiscal_year),
  CONSTRAINT fk_kpi_evaluation_circle FOREIGN KEY (circle_id) REFERENCES circle (id)
);

-- The fiscal year whose evaluation a roundtable meeting reviewed.
ALTER TABLE roundtable_meeting ADD COLUMN evaluation_year INT;
