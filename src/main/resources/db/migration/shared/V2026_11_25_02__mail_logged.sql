-- In the demo run without a mail server, messages are written to the log instead of sent.
alter table mail_outbox drop constraint mail_outbox_status_check;
alter table mail_outbox add constraint mail_outbox_status_check check (status in ('QUEUED', 'SENT', 'FAILED', 'LOGGED'));
