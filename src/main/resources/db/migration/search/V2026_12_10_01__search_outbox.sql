-- Hibernate Search's outbox-polling coordination, used when the index is kept by OpenSearch
-- (SCRUTINY_SEARCH_BACKEND=opensearch): each change to a search document is written here in the
-- same transaction, and one node's event processor indexes it. The agents table is how the nodes
-- find each other and share the work. Unused (and empty) with the default Lucene index.
create table hsearch_agent (
    id uuid primary key,
    type varchar(255) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name varchar(255) not null,
    expiration timestamp(6) with time zone not null,
    state varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count integer,
    assigned_shard_index integer,
    tenant_id varchar(255),
    payload bytea
);

create table hsearch_outbox_event (
    id uuid primary key,
    entity_name varchar(256) not null,
    entity_id varchar(256) not null,
    entity_id_hash integer not null,
    payload bytea not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    status varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenant_id varchar(255)
);

create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);
