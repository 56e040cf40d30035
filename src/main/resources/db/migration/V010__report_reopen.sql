-- District staff can reopen a ward's report with a reason and an end date: the ward can then correct and submit it
-- again until that date, even after the cycle's lock date.
alter table ward_report add column reopened_until date;
alter table ward_report add column reopen_reason text;
