-- At scale (issue 19): a draft can draw a million opinions. The moderation list, the export and the
-- members' view read them a page at a time in (submitted_at, id) order; this index serves each page
-- by seeking to the last one seen instead of counting past every row before it.
CREATE INDEX ix_feedback_page ON feedback (circle_id, subject_type, subject_id, submitted_at, id);
