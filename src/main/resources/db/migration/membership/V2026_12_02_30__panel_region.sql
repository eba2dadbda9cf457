-- Whose bank holidays the panel's working days follow is one of the panel's own details.
alter table panel add column region varchar(10) not null default 'ENGLAND';
alter table panel_aud add column region varchar(10);
