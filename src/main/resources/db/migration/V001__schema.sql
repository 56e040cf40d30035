-- An Sinh schema, version 1: org units, plans, targets, indicator values, users.
-- One migration per change; never edit this file after it has landed.

-- ---------------------------------------------------------------- org units
-- A unit is identified by (code, valid_from): GSO codes are reused with new meanings
-- after the 2025 reorganisation (see docs/domain-notes.md in shared/).
create table org_unit (
    id          bigserial primary key,
    code        varchar(40)  not null,
    name        varchar(300) not null,
    short_name  varchar(120),
    kind        varchar(30)  not null check (kind in ('CITY', 'DISTRICT', 'WARD', 'DEPARTMENT', 'AGENCY', 'MASS_ORGANISATION')),
    parent_id   bigint references org_unit (id),
    valid_from  date         not null,
    valid_to    date,
    version     bigint       not null default 0,
    constraint org_unit_code_from_uk unique (code, valid_from),
    constraint org_unit_period_ck check (valid_to is null or valid_to > valid_from)
);
create index org_unit_parent_ix on org_unit (parent_id);

-- ---------------------------------------------------------------- plans
create table plan (
    id                bigserial primary key,
    code              varchar(40)  not null unique,
    number            varchar(60),
    title             text         not null,
    summary           text,
    issue_date        date,
    issuing_unit_id   bigint       not null references org_unit (id),
    base_year         int          not null,
    target_year       int          not null,
    vision_year       int,
    vision_text       text,
    signer_title      varchar(200),
    signer_name       varchar(200),
    version           bigint       not null default 0,
    constraint plan_years_ck check (base_year < target_year and (vision_year is null or vision_year >= target_year))
);

-- The legal basis chain, from the highest document (position 1) down to the one the plan implements.
create table legal_document (
    id          bigserial primary key,
    plan_id     bigint       not null references plan (id),
    position    int          not null,
    kind        varchar(80)  not null,
    number      varchar(60)  not null,
    issued_on   date,
    issuer      varchar(200) not null,
    title       text,
    relation    varchar(20)  not null check (relation in ('CHAIN', 'RELATED')),
    constraint legal_document_position_uk unique (plan_id, position)
);

-- Numbered sections of the plan: I, I.1, II.1, III.4.1 ... Body text keeps the plan's own paragraphs;
-- a line starting with "- " is a bullet.
create table plan_section (
    id          bigserial primary key,
    plan_id     bigint       not null references plan (id),
    parent_id   bigint references plan_section (id),
    code        varchar(20)  not null,
    position    int          not null,
    heading     text         not null,
    body        text,
    constraint plan_section_code_uk unique (plan_id, code)
);
create index plan_section_parent_ix on plan_section (parent_id);

-- Section V entries: who carries the plan out, with their assigned responsibilities.
create table plan_responsibility (
    id          bigserial primary key,
    plan_id     bigint       not null references plan (id),
    position    int          not null,
    heading     varchar(300) not null,
    body        text         not null,
    is_lead     boolean      not null default false,
    scope       varchar(30)  not null check (scope in ('UNITS', 'ALL_WARDS', 'OTHER_DEPARTMENTS')),
    constraint plan_responsibility_position_uk unique (plan_id, position)
);

create table plan_responsibility_unit (
    responsibility_id bigint not null references plan_responsibility (id),
    org_unit_id       bigint not null references org_unit (id),
    primary key (responsibility_id, org_unit_id)
);

-- Reporting rules stated by the plan (V.13: wards report before 05/10 each year, via the lead department).
create table reporting_rule (
    id                  bigserial primary key,
    plan_id             bigint       not null references plan (id),
    reporter_kind       varchar(30)  not null check (reporter_kind in ('WARD', 'DEPARTMENT')),
    recipient_unit_id   bigint       not null references org_unit (id),
    via_unit_id         bigint references org_unit (id),
    frequency           varchar(20)  not null check (frequency in ('YEARLY')),
    deadline_month      smallint     not null check (deadline_month between 1 and 12),
    deadline_day        smallint     not null check (deadline_day between 1 and 31),
    deadline_exclusive  boolean      not null,
    source_section_code varchar(20),
    description         text         not null,
    constraint reporting_rule_uk unique (plan_id, reporter_kind)
);

-- ---------------------------------------------------------------- targets
create table target (
    id                   bigserial primary key,
    plan_id              bigint        not null references plan (id),
    code                 varchar(20)   not null,
    position             int           not null,
    section_code         varchar(20)   not null,
    area                 varchar(30)   not null,
    statement            text          not null,
    indicator_name       varchar(300)  not null,
    measure_unit         varchar(60),
    kind                 varchar(20)   not null check (kind in ('AT_LEAST', 'ABOVE', 'BELOW', 'AT_MOST', 'RANGE',
                                                                 'MAINTAIN', 'MILESTONE', 'LEVEL', 'QUALITATIVE')),
    value_type           varchar(20)   not null check (value_type in ('PERCENT', 'COUNT', 'RATE', 'MEASURE', 'LEVEL',
                                                                       'MILESTONE', 'NONE')),
    maintain_direction   varchar(10)   check (maintain_direction in ('AT_LEAST', 'AT_MOST')),
    target_value         numeric(18, 4),
    target_value_max     numeric(18, 4),
    rate_multiplier      numeric(18, 4),
    target_year          int           not null,
    baseline_year        int,
    baseline_value       numeric(18, 4),
    responsible_unit_id  bigint references org_unit (id),
    data_source          varchar(300),
    decimals             smallint      not null default 1 check (decimals between 0 and 4),
    retired_on           date,
    version              bigint        not null default 0,
    constraint target_code_uk unique (plan_id, code),
    constraint target_value_ck check (
        (kind in ('MILESTONE', 'QUALITATIVE') and target_value is null)
        or (kind = 'RANGE' and target_value is not null and target_value_max is not null and target_value <= target_value_max)
        or (kind = 'MAINTAIN' and target_value is not null and maintain_direction is not null)
        or (kind in ('AT_LEAST', 'ABOVE', 'BELOW', 'AT_MOST', 'LEVEL') and target_value is not null)),
    constraint target_baseline_ck check ((baseline_year is null) = (baseline_value is null))
);
create index target_plan_ix on target (plan_id, position);

-- ---------------------------------------------------------------- indicator values
-- One value per target, org unit and year. Rates keep numerator and denominator so that
-- they can be recomputed when combined, never averaged.
create table indicator_value (
    id            bigserial primary key,
    target_id     bigint         not null references target (id),
    org_unit_id   bigint         not null references org_unit (id),
    year          int            not null,
    value         numeric(18, 4),
    numerator     numeric(18, 4),
    denominator   numeric(18, 4),
    achieved_on   date,
    assessment    varchar(20)    check (assessment in ('MET', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_MET')),
    narrative     text,
    source        varchar(300),
    comment       text,
    is_demo       boolean        not null default false,
    updated_by    varchar(100)   not null,
    updated_at    timestamptz    not null,
    version       bigint         not null default 0,
    constraint indicator_value_uk unique (target_id, org_unit_id, year),
    constraint indicator_value_fraction_ck check (denominator is null or denominator > 0)
);
create index indicator_value_unit_ix on indicator_value (org_unit_id, year);

create table indicator_value_change (
    id                 bigserial primary key,
    indicator_value_id bigint        not null references indicator_value (id),
    old_value          numeric(18, 4),
    new_value          numeric(18, 4),
    old_text           varchar(500),
    new_text           varchar(500),
    changed_by         varchar(100)  not null,
    changed_at         timestamptz   not null
);
create index indicator_value_change_value_ix on indicator_value_change (indicator_value_id, changed_at);

-- ---------------------------------------------------------------- users
create table app_user (
    id             bigserial primary key,
    username       varchar(60)  not null unique,
    password_hash  varchar(100) not null,
    full_name      varchar(200) not null,
    role           varchar(30)  not null check (role in ('ADMIN', 'DISTRICT_STAFF', 'DEPARTMENT_OFFICER', 'WARD_OFFICER', 'LEADER')),
    org_unit_id    bigint references org_unit (id),
    enabled        boolean      not null default true,
    version        bigint       not null default 0
);
