-- The member who was the panel's Vice-Chair on the day, as the minutes list them ("Claire George
-- (Vice-Chair)"), kept with the attendance as it was taken. Lines recorded before this column
-- existed say only who was in the chair.
alter table attendee add column vice_chair boolean not null default false;
alter table attendee_aud add column vice_chair boolean;
