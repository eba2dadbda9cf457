-- Police complaint reviews are the Commissioner's office's work: its review officer and a member
-- of its senior management team, who quality-assures each decision.
alter table user_account drop constraint user_account_role_check;
alter table user_account add constraint user_account_role_check
    check (role in ('ADMIN', 'SECRETARIAT', 'MEMBER', 'OPCC', 'MONITORING_OFFICER', 'COMPLAINTS_HANDLER',
                    'REVIEW_OFFICER', 'SENIOR_MANAGER'));
