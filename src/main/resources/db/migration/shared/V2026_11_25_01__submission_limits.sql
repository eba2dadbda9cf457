-- How many times each client address and each email address has used a public form in the
-- current window, shared by every node so that a limit holds behind a load balancer.
create table submission_limit (
    limit_key     varchar(400) primary key,
    window_start  timestamp with time zone not null,
    submissions   integer not null
);
