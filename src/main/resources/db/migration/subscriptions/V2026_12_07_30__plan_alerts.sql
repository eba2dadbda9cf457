-- Email updates about the Police and Crime Plan: a decision of the Commissioner recorded, and a
-- deliverable that changed status, for the people who follow its theme or a word in it.
alter table update_alert drop constraint update_alert_kind_check;
alter table update_alert add constraint update_alert_kind_check
    check (kind in ('AGENDA', 'MINUTES', 'MEETING', 'RECOMMENDATION', 'RESPONSE', 'DECISION', 'DELIVERABLE'));
