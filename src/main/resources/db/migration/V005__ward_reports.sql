-- Ward annual reports (plan section V.13): reporting cycles per plan and year, the ward reports with their
-- content per task group of section III, and every workflow transition.

-- One cycle per plan and year. The deadline comes from the plan's reporting rule (05/10 for Hải An) and can be
-- changed for a year; a report is on time through the end of the deadline day, Vietnam time.
create table reporting_cycle (
    id           bigserial primary key,
    plan_id      bigint      not null references plan (id),
    year         int         not null,
    opens_on     date        not null,
    deadline     date        not null,
    lock_date    date,
    period_from  date        not null,
    period_to    date        not null,
    created_by   varchar(100) not null,
    created_at   timestamptz not null,
    version      bigint      not null default 0,
    constraint reporting_cycle_uk unique (plan_id, year),
    constraint reporting_cycle_dates_ck check (opens_on <= deadline and (lock_date is null or lock_date >= deadline)
        and period_from <= period_to)
);

create table ward_report (
    id                  bigserial primary key,
    cycle_id            bigint       not null references reporting_cycle (id),
    ward_id             bigint       not null references org_unit (id),
    state               varchar(20)  not null check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    strengths           text,
    limitations         text,
    causes              text,
    difficulties        text,
    next_year           text,
    proposals           text,
    return_reason       text,
    first_submitted_at  timestamptz,
    submitted_at        timestamptz,
    accepted_at         timestamptz,
    updated_by          varchar(100) not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0,
    constraint ward_report_uk unique (cycle_id, ward_id),
    constraint ward_report_submitted_ck check (state = 'DRAFT' or first_submitted_at is not null)
);

-- What the ward did and achieved for each task group of section III (keyed by section code, e.g. III.4).
create table ward_report_result (
    report_id     bigint      not null references ward_report (id),
    section_code  varchar(20) not null,
    results       text        not null,
    primary key (report_id, section_code)
);

create table ward_report_transition (
    id          bigserial primary key,
    report_id   bigint       not null references ward_report (id),
    from_state  varchar(20),
    to_state    varchar(20)  not null,
    reason      text,
    actor       varchar(100) not null,
    at          timestamptz  not null
);
create index ward_report_transition_report_ix on ward_report_transition (report_id, at);
