-- 要綱 第5(1): a neighbour at a commuting ratio of 0.1 or more that takes no part is shown on the
-- circle's home with why (another circle, another 広域連合), as the portal administrator records it.
ALTER TABLE commuting_ratio ADD COLUMN note VARCHAR(400);
