-- The theme of the Police and Crime Plan a document is under, and who speaks in it (a minute's
-- point that names its speaker), for the search's counts and filters.
alter table search_document add column theme varchar(200);
alter table search_document add column speaker varchar(200);
