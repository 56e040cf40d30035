-- Successions between units (renames, mergers, splits): old → new from a date, with a note on the share taken over.
-- One old unit can feed several new ones and one new unit can come from several old ones (the 2025 reorganisation:
-- Nghị quyết 1669/NQ-UBTVQH15, from 01/07/2025, the 8 wards of quận Hải An became Phường Đông Hải and Phường Hải An).
create table org_unit_succession (
    id             bigserial primary key,
    from_unit_id   bigint       not null references org_unit (id),
    to_unit_id     bigint       not null references org_unit (id),
    effective_on   date         not null,
    kind           varchar(20)  not null check (kind in ('RENAME', 'MERGE', 'SPLIT')),
    note           text,
    constraint org_unit_succession_uk unique (from_unit_id, to_unit_id),
    constraint org_unit_succession_self_ck check (from_unit_id <> to_unit_id)
);
create index org_unit_succession_to_ix on org_unit_succession (to_unit_id);
