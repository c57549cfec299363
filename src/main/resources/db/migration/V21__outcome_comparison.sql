-- Issue 18, item 3: the municipalities the central city names for the outcome monitor's comparison
-- group, beside the neighbours at a commuting ratio of 0.1 or more that did not join.
CREATE TABLE outcome_comparison (
  circle_id BIGINT NOT NULL,
  municipality_code CHAR(6) NOT NULL,
  name_ja VARCHAR(100) NOT NULL,
  named_by VARCHAR(100) NOT NULL,
  named_at TIMESTAMP NOT NULL,
  CONSTRAINT pk_outcome_comparison PRIMARY KEY (circle_id, municipality_code),
  CONSTRAINT fk_outcome_comparison_circle FOREIGN KEY (circle_id) REFERENCES circle (id)
);
