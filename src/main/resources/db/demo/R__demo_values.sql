-- Demo indicator values for the district, loaded only in the demo profile and flagged is_demo = true,
-- so the app labels them "Dữ liệu mẫu". They are published national or city figures (shared/docs/domain-notes.md),
-- not Hải An's own. A value a user edits stops being demo data.
with v (target_code, year, value, numerator, denominator, achieved_on, assessment, narrative) as (
    values
    ('CT06', 2024, 3850, null, null, null::date, null, null),
    ('CT06', 2025, 4120, null, null, null, null, null),
    ('CT07', 2024, 2.03, null, null, null, null, null),
    ('CT10', 2024, 39.0, null, null, null, null, null),
    ('CT10', 2025, 42.0, null, null, null, null, null),
    ('CT11', 2024, 31.6, null, null, null, null, null),
    ('CT11', 2025, 36.0, null, null, null, null, null),
    ('CT13', 2024, 0, null, null, null, null, null),
    ('CT14', 2024, 3, null, null, null, null, null),
    ('CT19', 2024, 75.7, null, null, null, null, null),
    ('CT21', 2024, null, null, null, null, 'ON_TRACK',
     'Dữ liệu mẫu: chỉ số phát triển con người của quận ước tính tương đương mức chung của thành phố.'),
    ('CT23', 2024, 12.5, 166, 132943, null, null, null),
    ('CT23', 2025, 13.1, 175, 134000, null, null, null),
    ('CT24', 2024, 93.35, null, null, null, null, null),
    ('CT24', 2025, 95.0, null, null, null, null, null),
    ('CT35', 2024, 0, null, null, null, null, null),
    ('CT35', 2025, 0, null, null, null, null, null)
)
insert into indicator_value (target_id, org_unit_id, year, value, numerator, denominator, achieved_on, assessment,
                             narrative, source, is_demo, updated_by, updated_at)
select t.id, u.id, v.year, v.value, v.numerator, v.denominator, v.achieved_on, v.assessment, v.narrative,
       'Dữ liệu mẫu (số liệu công bố của cả nước hoặc thành phố, không phải của quận)', true, 'du-lieu-mau',
       timestamptz '2025-11-01 08:00:00+07'
from v
join target t on t.code = v.target_code and t.plan_id = (select id from plan where code = 'HAI-AN-2024')
join org_unit u on u.code = '306'
on conflict (target_id, org_unit_id, year) do nothing;
