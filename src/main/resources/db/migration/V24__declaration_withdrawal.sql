-- 要綱 第4: the central city declares (no longer the portal administrator), explains item ⑤ where it
-- leaves out a neighbour recorded at a commuting ratio of 0.1 or more, and may withdraw the
-- declaration (取消し, 第4(3)) with a reason that is published like the declaration.
ALTER TABLE circle_declaration ADD COLUMN commuting_note VARCHAR(4000);
ALTER TABLE circle_declaration ADD COLUMN withdrawn_on DATE;
ALTER TABLE circle_declaration ADD COLUMN withdrawal_reason VARCHAR(4000);
ALTER TABLE circle_declaration ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE circle_declaration ADD COLUMN withdrawn_at TIMESTAMP;
