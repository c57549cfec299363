-- 要綱 第5(2)⑦: a termination notice takes effect. The lapse period is the agreement's own (原則と
-- して2年); the notice records which party gave it and its council's resolution; the day it lapses,
-- the agreement is no longer in force (失効).
ALTER TABLE agreement_version ADD COLUMN lapse_years INTEGER DEFAULT 2 NOT NULL;
ALTER TABLE agreement_version ADD COLUMN termination_notified_by VARCHAR(6);
ALTER TABLE agreement_version ADD COLUMN termination_resolution_on DATE;
ALTER TABLE agreement_version ADD COLUMN lapsed_on DATE;
