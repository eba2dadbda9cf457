-- What a deliverable is linked to: a recommendation or report of the panel in the tracker, or a
-- published report on an agenda; the title is kept as it was when linked.
create table deliverable_link (
    deliverable_id  bigint        not null references deliverable (id) on delete cascade,
    position        integer       not null,
    kind            varchar(20)   not null,
    target_id       bigint        not null,
    meeting_id      bigint,
    title           varchar(500)  not null,
    primary key (deliverable_id, position),
    constraint deliverable_link_kind_check check (kind in ('RECOMMENDATION', 'REPORT'))
);
