-- District staff can change a cycle's dates for a year; every change is kept (who, when, before, after).
create table reporting_cycle_change (
    id          bigserial primary key,
    cycle_id    bigint       not null references reporting_cycle (id),
    old_text    text         not null,
    new_text    text         not null,
    reason      text,
    changed_by  varchar(100) not null,
    changed_at  timestamptz  not null
);
create index reporting_cycle_change_cycle_ix on reporting_cycle_change (cycle_id, changed_at);
