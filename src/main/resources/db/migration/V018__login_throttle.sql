-- Failed logins per login name (issue 7): after 5 wrong passwords in a row the name is refused for 15 minutes.
-- Kept in PostgreSQL so that every app node sees the same count. Keyed by the name as typed (lower case), whether or
-- not such an account exists, so that the lock says nothing about which accounts exist.
create table login_throttle (
    username      varchar(200) primary key,
    failures      int          not null check (failures >= 0),
    locked_until  timestamptz,
    updated_at    timestamptz  not null
);
