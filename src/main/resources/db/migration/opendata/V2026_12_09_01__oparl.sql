-- The open record as OParl serves it: one row for each object the modules publish, kept up to date
-- from them. Not audited: it is derived from records that are. A row is never removed: an object
-- that is no longer published (a withdrawn item, a deleted one) stays as deleted, so that a
-- harvester asking what changed since a date learns of it.
create table oparl_object (
    seq          bigint generated always as identity primary key,
    type         varchar(40)   not null,
    key          varchar(120)  not null,
    created      timestamptz   not null,
    modified     timestamptz   not null,
    deleted      boolean       not null default false,
    fingerprint  varchar(64)   not null,
    body         text          not null,
    constraint oparl_object_key unique (type, key)
);
create index oparl_object_type_seq on oparl_object (type, seq);
create index oparl_object_type_modified on oparl_object (type, modified);

-- Up to which change of the record (data_version) the objects above were brought.
create table oparl_catalogue (
    id         integer      primary key check (id = 1),
    revision   bigint       not null,
    refreshed  timestamptz  not null
);
insert into oparl_catalogue (id, revision, refreshed) values (1, -1, now());

-- The whole public record in one file, rebuilt when it changes.
create table open_data_archive (
    id        integer      primary key check (id = 1),
    revision  bigint       not null,
    built_at  timestamptz  not null,
    size      bigint       not null,
    content   bytea        not null
);
