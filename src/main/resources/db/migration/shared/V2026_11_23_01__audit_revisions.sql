-- Envers revision table shared by every audited entity: who changed what, and when.
create sequence audit_revision_seq start with 1 increment by 50;

create table audit_revision (
    id          bigint primary key,
    timestamp   bigint       not null,
    changed_at  timestamptz  not null,
    changed_by  varchar(200) not null
);
