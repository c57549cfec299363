-- How far a scheduled job has looked, per circle: the reminders job remembers the last day it
-- checked a circle, so that after the whole cluster was down it sends the reminders of the days it
-- missed (once each, by their keys in reminder_sent) and not those of the days before.
CREATE TABLE job_checkpoint (
  job_key     VARCHAR(200)  NOT NULL PRIMARY KEY,
  reached_on  DATE          NOT NULL
);
