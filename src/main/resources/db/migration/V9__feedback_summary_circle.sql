-- The published summary (意見と考え方) of a document belongs to the document's circle: queries on it
-- bind the circle like every other query on circle-owned data.
ALTER TABLE feedback_summary ADD COLUMN circle_id BIGINT;

UPDATE feedback_summary SET circle_id = (
  SELECT a.circle_id FROM agreement_version v JOIN agreement a ON a.id = v.agreement_id
  WHERE v.id = feedback_summary.subject_id)
WHERE subject_type = 'AGREEMENT_VERSION';

UPDATE feedback_summary SET circle_id = (
  SELECT v.circle_id FROM vision_version v WHERE v.id = feedback_summary.subject_id)
WHERE subject_type = 'VISION_VERSION';

ALTER TABLE feedback_summary ALTER COLUMN circle_id SET NOT NULL;
