-- The documents each saved search (a subscription's words) has already told its subscriber of:
-- each is told once.
create table saved_search_alert (
    subscription_id  bigint        not null references subscription (id) on delete cascade,
    document_key     varchar(120)  not null,
    alerted_at       timestamptz   not null,
    primary key (subscription_id, document_key)
);
