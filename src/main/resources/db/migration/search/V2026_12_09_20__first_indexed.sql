-- When each document first entered the search: a saved search tells of what is new since it last
-- looked, and a document that changes afterwards (a corrected report) is not new again.
alter table search_document add column first_indexed_at timestamptz not null default now();
