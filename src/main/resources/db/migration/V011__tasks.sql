-- Tasks and solutions of section III (nhiệm vụ, giải pháp): each paragraph or bullet of a task group or subsection
-- is a task, with its lead unit (chủ trì) and coordinating units (phối hợp) from section V; yearly progress per task
-- and unit, with every change kept.
create table task (
    id            bigserial primary key,
    plan_id       bigint       not null references plan (id),
    section_code  varchar(20)  not null,
    position      int          not null,
    code          varchar(30)  not null,
    text          text         not null,
    scope         varchar(30)  not null check (scope in ('UNITS', 'OTHER_DEPARTMENTS', 'ALL_WARDS')),
    retired_on    date,
    version       bigint       not null default 0,
    constraint task_code_uk unique (plan_id, code)
);
create index task_plan_ix on task (plan_id, section_code, position);

create table task_assignment (
    task_id      bigint      not null references task (id),
    org_unit_id  bigint      not null references org_unit (id),
    role         varchar(20) not null check (role in ('LEAD', 'COORDINATE')),
    primary key (task_id, org_unit_id)
);
create index task_assignment_unit_ix on task_assignment (org_unit_id);

create table task_progress (
    id            bigserial primary key,
    task_id       bigint       not null references task (id),
    org_unit_id   bigint       not null references org_unit (id),
    year          int          not null,
    state         varchar(20)  not null check (state in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DELAYED')),
    narrative     text,
    evidence_url  varchar(500),
    updated_by    varchar(100) not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint task_progress_uk unique (task_id, org_unit_id, year)
);

create table task_progress_change (
    id           bigserial primary key,
    progress_id  bigint       not null references task_progress (id),
    old_state    varchar(20),
    new_state    varchar(20)  not null,
    narrative    text,
    changed_by   varchar(100) not null,
    changed_at   timestamptz  not null
);
create index task_progress_change_ix on task_progress_change (progress_id, changed_at);
