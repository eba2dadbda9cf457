-- One counter of every change to a record, for the validators of public pages (ETag): it goes up
-- in the transaction that writes an audit revision, whichever node writes it. Revision ids cannot
-- serve, as each node takes them from a block of its own and they do not rise in commit order.
create table data_version (
    id          smallint    primary key check (id = 1),
    version     bigint      not null,
    changed_at  timestamptz not null
);
insert into data_version (id, version, changed_at) values (1, 0, now());

create function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version set version = version + 1, changed_at = now() where id = 1;
    return null;
end
$$;

create trigger audit_revision_bumps_data_version
    after insert on audit_revision
    for each statement execute function bump_data_version();
