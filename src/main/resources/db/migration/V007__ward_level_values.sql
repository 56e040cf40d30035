-- Targets that wards measure and report (plan V.13: wards report on the plan each year). Ward values count in
-- district figures once the district has accepted the ward's report for that year (confirmed_at).
alter table target add column ward_level boolean not null default false;
alter table indicator_value add column confirmed_at timestamptz;

update target set ward_level = true
where plan_id = (select id from plan where code = 'HAI-AN-2024')
  and code in ('CT02', 'CT05', 'CT06', 'CT24', 'CT25', 'CT27', 'CT28', 'CT31', 'CT35');
