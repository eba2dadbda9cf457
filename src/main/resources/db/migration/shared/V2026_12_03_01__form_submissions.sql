-- The one-time token of every form sent in the last day, and where its first sending led, so that
-- a form sent twice (a double click, a resend after a slow answer) is handled once on any node.
create table form_submission (
    token     varchar(64) primary key,
    sent_at   timestamp with time zone not null,
    -- null while the first sending is being handled; '' when it was answered with a page
    outcome   varchar(2000)
);
create index form_submission_sent_at on form_submission (sent_at);
