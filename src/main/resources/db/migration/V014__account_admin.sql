-- Account administration: a password reset by an administrator is temporary; the person sets a new one at next login.
alter table app_user add column must_change_password boolean not null default false;
alter table app_user add constraint app_user_username_ck check (username ~ '^[a-z0-9._-]{3,60}$');
