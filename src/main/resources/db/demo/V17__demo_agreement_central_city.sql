-- 要綱 第9 (schema V29): each agreement names its central city. The demo's agreements were written
-- before it did; they are with their circle's only central city. Idempotent: only rows without one.
UPDATE agreement SET central_code = (
  SELECT m.municipality_code FROM circle_member m
  WHERE m.circle_id = agreement.circle_id AND m.role = 'CENTRAL_CITY'
  ORDER BY m.id FETCH FIRST 1 ROWS ONLY)
WHERE central_code IS NULL;
