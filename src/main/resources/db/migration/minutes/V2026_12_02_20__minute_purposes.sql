-- What each minute's agenda item is for, as the agenda says, instead of guessing it from its title.
alter table minute add column purpose varchar(30) not null default 'OTHER';
alter table minute_aud add column purpose varchar(30);

-- Minutes taken before this change were told apart by their titles; keep them reading the same.
update minute set purpose = 'APOLOGIES' where lower(title) like '%apolog%';
update minute set purpose = 'PREVIOUS_MINUTES' where purpose = 'OTHER' and lower(title) like 'minutes%';
