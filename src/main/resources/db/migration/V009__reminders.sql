-- E-mail reminders to wards: each ward's contact address, what was sent (never twice), and a once-a-day claim
-- of the reminder job, so that with several app nodes only one sends.
alter table org_unit add column contact_email varchar(200);

create table reminder_sent (
    cycle_id  bigint      not null references reporting_cycle (id),
    ward_id   bigint      not null references org_unit (id),
    kind      varchar(20) not null check (kind in ('BEFORE', 'OVERDUE')),
    sent_on   date        not null,
    email     varchar(200) not null,
    primary key (cycle_id, ward_id, kind, sent_on)
);

create table job_run (
    job         varchar(60)  not null,
    run_date    date         not null,
    started_at  timestamptz  not null,
    primary key (job, run_date)
);
