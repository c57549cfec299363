-- Notices the central city writes itself may be prepared for a publication time (issue 14, item 7):
-- until then only their author's office sees them, and they may be changed or withdrawn. A notice
-- is announced (search, followers' mail) once, when its time comes.
ALTER TABLE notice ADD COLUMN author VARCHAR(100);
ALTER TABLE notice ADD COLUMN withdrawn_at TIMESTAMP;
ALTER TABLE notice ADD COLUMN announced BOOLEAN DEFAULT TRUE NOT NULL;
CREATE INDEX ix_notice_unannounced ON notice (announced, published_at);
