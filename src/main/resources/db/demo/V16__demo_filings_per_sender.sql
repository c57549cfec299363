-- Issue 17.4: each party files with its own governor (V27). The demo's filings were written with the
-- governor only: the central city's stand as they were, each partner's own 届出 to the same governor
-- is recorded beside it on the same day, and the Ministry's copy is the central city's. A database
-- that had the demo before V27 was converted by V27 itself: nothing here repeats what it did.
UPDATE agreement_filing SET sender = '022012' WHERE version_id IN (10, 2) AND sender = '';
UPDATE agreement_filing SET sender = '022039' WHERE version_id IN (3, 11) AND sender = '';

INSERT INTO agreement_filing (version_id, sender, recipient, filed_on)
  SELECT v.id, a.partner_code, 'GOVERNOR:02', f.filed_on
  FROM agreement_version v
    JOIN agreement a ON a.id = v.agreement_id
    JOIN agreement_filing f ON f.version_id = v.id AND f.recipient = 'GOVERNOR:02'
  WHERE v.id IN (10, 2, 3, 11)
    AND f.sender <> a.partner_code
    AND NOT EXISTS (SELECT 1 FROM agreement_filing g
                    WHERE g.version_id = v.id AND g.sender = a.partner_code
                      AND g.recipient = 'GOVERNOR:02');
