-- The day an action was done or dropped, so that the review of actions published with an agenda
-- shows the log as it stood that day, however the actions move on afterwards. Actions closed
-- before this column existed keep no day: a review as at any day leaves them out.
alter table meeting_action add column closed_on date;
alter table meeting_action add constraint meeting_action_closed_check check (status <> 'OPEN' or closed_on is null);
alter table meeting_action_aud add column closed_on date;
