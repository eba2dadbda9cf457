alter table standing_item add column purpose varchar(30) not null default 'OTHER';
alter table standing_item_aud add column purpose varchar(30);
alter table work_programme_item add column purpose varchar(30) not null default 'OTHER';
alter table work_programme_item_aud add column purpose varchar(30);
