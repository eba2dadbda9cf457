-- The region was kept with the notice rules; it is now one of the panel's details (membership).
-- Carried over once, in this migration, before the agenda's copy is dropped.
update panel set region = (select region from notice_rules order by id limit 1)
 where exists (select 1 from notice_rules where region is not null);
alter table notice_rules drop column region;
alter table notice_rules_aud drop column region;
