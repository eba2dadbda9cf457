-- What the search indexes: one row for each public thing the modules offer, kept up to date from
-- them. Not audited: it is derived from records that are, and is rebuilt from them.
create table search_document (
    key          varchar(120)  primary key,
    kind         varchar(60)   not null,
    title        text          not null,
    body         text          not null,
    href         varchar(500)  not null,
    day          date,
    start_year   integer,
    meeting      varchar(200),
    fingerprint  varchar(64)   not null
);
