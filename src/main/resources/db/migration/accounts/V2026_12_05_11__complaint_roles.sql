-- The complaints register is seen by the panel's monitoring officer and by whoever the panel
-- delegates the initial handling of complaints to (the OPCC's chief executive, reg 7).
alter table user_account drop constraint user_account_role_check;
alter table user_account add constraint user_account_role_check
    check (role in ('ADMIN', 'SECRETARIAT', 'MEMBER', 'OPCC', 'MONITORING_OFFICER', 'COMPLAINTS_HANDLER'));
