-- A published response is never overwritten: a correction keeps the response it replaces, which
-- stays on the public page as part of the recommendation's history.
create table recommendation_earlier_response (
    recommendation_id   bigint       not null references recommendation (id) on delete cascade,
    position            integer      not null,
    response_text       text,
    response_received   date         not null,
    outcome             varchar(20)  not null,
    letter_name         varchar(300),
    letter_type         varchar(100),
    replaced_on         date         not null,
    primary key (recommendation_id, position)
);

-- Each response keeps its own letter: response 1 is the first, each correction the next.
alter table response_letter add column response_number integer not null default 1;
alter table response_letter drop constraint response_letter_pkey;
alter table response_letter add primary key (recommendation_id, response_number);
