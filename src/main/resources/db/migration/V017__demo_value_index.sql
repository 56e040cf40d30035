-- The targets table asks whether a plan has demo values (to show the banner) by counting them over the plan's values:
-- without an index on is_demo that is a scan of all of indicator_value (1,3 million rows at national scale, about
-- 130 ms per page; see docs/benchmarks.md). Demo values are few or none, so a partial index answers at once.
create index indicator_value_demo_ix on indicator_value (target_id) where is_demo;
