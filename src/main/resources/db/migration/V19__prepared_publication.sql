-- Issue 14, item 7: minutes and the vision can be prepared for a publication time (Japan time,
-- like the other timestamps of these tables); the publication job publishes them when it comes.
ALTER TABLE minutes ADD COLUMN publish_at TIMESTAMP;
ALTER TABLE roundtable_meeting ADD COLUMN minutes_publish_at TIMESTAMP;
ALTER TABLE vision_version ADD COLUMN adopt_at TIMESTAMP;
ALTER TABLE vision_version ADD COLUMN adopt_scheduled_by VARCHAR(255);
ALTER TABLE vision_version ADD COLUMN adopt_override_reason VARCHAR(2000);
CREATE INDEX minutes_publish_at ON minutes (publish_at);
CREATE INDEX roundtable_meeting_minutes_publish_at ON roundtable_meeting (minutes_publish_at);
CREATE INDEX vision_version_adopt_at ON vision_version (adopt_at);
