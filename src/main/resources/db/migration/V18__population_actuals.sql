-- The population of each member municipality by year, imported by the central city from the
-- official tables (住民基本台帳 or 国勢調査) to compare with the vision's ② targets (issue 18, item 2).
-- One row per circle, municipality and year: importing the year again replaces it.
CREATE SEQUENCE population_actual_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE population_actual (
  id BIGINT NOT NULL,
  circle_id BIGINT NOT NULL,
  municipality_code VARCHAR(6) NOT NULL,
  stat_year INT NOT NULL,
  population BIGINT NOT NULL,
  aged_65 BIGINT NOT NULL,
  imported_by VARCHAR(100) NOT NULL,
  imported_at TIMESTAMP NOT NULL,
  CONSTRAINT pk_population_actual PRIMARY KEY (id),
  CONSTRAINT uq_population_actual UNIQUE (circle_id, municipality_code, stat_year),
  CONSTRAINT fk_population_actual_circle FOREIGN KEY (circle_id) REFERENCES circle (id)
);
