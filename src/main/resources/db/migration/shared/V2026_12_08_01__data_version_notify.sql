-- Every node keeps the change counter in memory and hears of each change as it is committed
-- (LISTEN data_version), instead of reading the counter on every request for a public page.
create or replace function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version set version = version + 1, changed_at = now() where id = 1;
    perform pg_notify('data_version', '');
    return null;
end
$$;
