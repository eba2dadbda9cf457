-- The published notice of a decision, uploaded by the office (PDF or Word), with any exempt part
-- already removed: it is published as it is.
create table plan_decision_notice (
    decision_id   bigint        primary key references plan_decision (id) on delete cascade,
    file_name     varchar(255)  not null,
    media_type    varchar(100)  not null,
    size_bytes    bigint        not null,
    page_count    integer,
    content       bytea         not null,
    uploaded_on   date          not null,
    version       bigint        not null default 0
);

create table plan_decision_notice_aud (
    decision_id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
    file_name varchar(255), media_type varchar(100), size_bytes bigint, page_count integer, uploaded_on date,
    primary key (decision_id, rev)
);
