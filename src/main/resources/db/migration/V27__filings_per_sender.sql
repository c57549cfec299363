-- 要綱 第7 and 地方自治法 252条の2②: each party files with the governor of its own prefecture, so two
-- parties in one prefecture file twice — the register is per sender and recipient, and the
-- prefecture acknowledges each filing addressed to it. Filings recorded before named the governor
-- only: one filing per governor stood for every party in that prefecture, so each becomes one per
-- party; the Ministry's copy is the central city's. Rows written later without a sender (the demo
-- data's) are given theirs by the demo's own migration.
ALTER TABLE agreement_filing ADD COLUMN sender VARCHAR(6) DEFAULT '' NOT NULL;
ALTER TABLE agreement_filing ADD COLUMN acknowledged_on DATE;
ALTER TABLE agreement_filing ADD COLUMN acknowledged_by VARCHAR(100);
ALTER TABLE agreement_filing DROP CONSTRAINT pk_agreement_filing;

UPDATE agreement_filing SET sender = COALESCE((
    SELECT MIN(m.municipality_code) FROM agreement_version v
      JOIN agreement a ON a.id = v.agreement_id
      JOIN circle_member m ON m.circle_id = a.circle_id AND m.role = 'CENTRAL_CITY'
    WHERE v.id = agreement_filing.version_id
      AND (agreement_filing.recipient = 'MINISTRY'
           OR agreement_filing.recipient = 'GOVERNOR:' || SUBSTRING(m.municipality_code, 1, 2))), '')
  WHERE sender = '';

INSERT INTO agreement_filing (version_id, sender, recipient, filed_on)
  SELECT f.version_id, a.partner_code, f.recipient, f.filed_on
  FROM agreement_filing f
    JOIN agreement_version v ON v.id = f.version_id
    JOIN agreement a ON a.id = v.agreement_id
  WHERE f.recipient = 'GOVERNOR:' || SUBSTRING(a.partner_code, 1, 2)
    AND f.sender <> '' AND f.sender <> a.partner_code
    AND NOT EXISTS (SELECT 1 FROM agreement_filing g
                    WHERE g.version_id = f.version_id AND g.sender = a.partner_code
                      AND g.recipient = f.recipient);

-- A governor's filing whose prefecture has no central city is the partner's own.
UPDATE agreement_filing SET sender = (
    SELECT a.partner_code FROM agreement_version v JOIN agreement a ON a.id = v.agreement_id
    WHERE v.id = agreement_filing.version_id)
  WHERE sender = '';

ALTER TABLE agreement_filing ADD CONSTRAINT pk_agreement_filing
  PRIMARY KEY (version_id, sender, recipient);
