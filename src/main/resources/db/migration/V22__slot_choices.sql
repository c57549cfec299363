-- Scheduling as offices already do it (調整さん): ○ / △ / × with a note per answer, and answers of
-- the attendees of an office beside the office's own. The old yes/no column stays, written as
-- ○ = true, so that rows written before (and the demo's) still read.
ALTER TABLE slot_answer ADD COLUMN choice VARCHAR(5);
ALTER TABLE slot_answer ADD COLUMN note VARCHAR(200);
UPDATE slot_answer SET choice = CASE WHEN available THEN 'YES' ELSE 'NO' END;

CREATE TABLE slot_attendee_answer (
  slot_id            BIGINT       NOT NULL,
  municipality_code  VARCHAR(6)   NOT NULL,
  attendee           VARCHAR(50)  NOT NULL,
  choice             VARCHAR(5)   NOT NULL,
  note               VARCHAR(200),
  answered_by        VARCHAR(100) NOT NULL,
  answered_at        TIMESTAMP    NOT NULL,
  CONSTRAINT pk_slot_attendee_answer PRIMARY KEY (slot_id, municipality_code, attendee),
  CONSTRAINT fk_attendee_answer_slot FOREIGN KEY (slot_id) REFERENCES consultation_slot (id)
);
