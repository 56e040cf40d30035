-- Demo reporting cycles and ward reports, only in the demo profile. Every text says it is demo data.
-- 2025: three wards reported (one on time and accepted, one late and submitted, one returned), the rest missing.
-- 2026: open, no report yet, so the demo ward account (phuong.catbi) can write one.
insert into reporting_cycle (plan_id, year, opens_on, deadline, period_from, period_to, created_by, created_at)
select p.id, y.year, make_date(y.year, 1, 1), make_date(y.year, 10, 5), make_date(y.year - 1, 10, 6),
       make_date(y.year, 10, 5), 'du-lieu-mau', timestamptz '2025-01-02 08:00:00+07'
from plan p, (values (2025), (2026)) as y (year)
where p.code = 'HAI-AN-2024'
on conflict (plan_id, year) do nothing;

with r (ward_code, state, first_at, accepted_at, reason) as (
    values ('11413', 'ACCEPTED', timestamptz '2025-09-30 15:20:00+07', timestamptz '2025-10-08 09:00:00+07', null),
           ('11416', 'SUBMITTED', timestamptz '2025-10-09 10:05:00+07', null, null),
           ('11419', 'RETURNED', timestamptz '2025-10-03 16:45:00+07', null,
            'Dữ liệu mẫu: đề nghị bổ sung kết quả giới thiệu việc làm và số hộ cận nghèo.')
)
insert into ward_report (cycle_id, ward_id, state, strengths, limitations, difficulties, next_year, proposals,
                         return_reason, first_submitted_at, submitted_at, accepted_at, updated_by, updated_at)
select c.id, u.id, r.state,
       'Dữ liệu mẫu: chi trả đầy đủ, kịp thời các chế độ cho người có công và đối tượng bảo trợ xã hội.',
       'Dữ liệu mẫu: công tác tuyên truyền ở một số tổ dân phố chưa thường xuyên.',
       'Dữ liệu mẫu: thiếu cán bộ chuyên trách công tác xã hội.',
       'Dữ liệu mẫu: tiếp tục rà soát hộ nghèo, hộ cận nghèo; đẩy mạnh giới thiệu việc làm.',
       'Dữ liệu mẫu: đề nghị quận hỗ trợ tập huấn nghiệp vụ cho cán bộ phường.',
       r.reason, r.first_at, r.first_at, r.accepted_at, 'du-lieu-mau', coalesce(r.accepted_at, r.first_at)
from r
join org_unit u on u.code = r.ward_code
join reporting_cycle c on c.year = 2025 and c.plan_id = (select id from plan where code = 'HAI-AN-2024')
on conflict (cycle_id, ward_id) do nothing;

insert into ward_report_result (report_id, section_code, results)
select w.id, g.code, g.text
from ward_report w
join reporting_cycle c on c.id = w.cycle_id and c.year = 2025
cross join (values ('III.1', 'Dữ liệu mẫu: tổ chức 12 buổi tuyên truyền chính sách xã hội tại các tổ dân phố.'),
                   ('III.3', 'Dữ liệu mẫu: thăm, tặng quà 215 gia đình người có công nhân dịp 27/7.'),
                   ('III.4', 'Dữ liệu mẫu: giới thiệu việc làm cho 480 lượt lao động.')) as g (code, text)
where w.updated_by = 'du-lieu-mau'
on conflict (report_id, section_code) do nothing;

insert into ward_report_transition (report_id, from_state, to_state, reason, actor, at)
select w.id, s.from_state, s.to_state, s.reason, 'du-lieu-mau', s.at
from ward_report w
cross join lateral (values
    (null, 'DRAFT', null, w.first_submitted_at - make_interval(days => 3), true),
    ('DRAFT', 'SUBMITTED', null, w.first_submitted_at, true),
    ('SUBMITTED', 'ACCEPTED', null, w.accepted_at, w.state = 'ACCEPTED'),
    ('SUBMITTED', 'RETURNED', w.return_reason, w.first_submitted_at + make_interval(days => 2), w.state = 'RETURNED')
) as s (from_state, to_state, reason, at, applies)
where w.updated_by = 'du-lieu-mau' and s.applies
  and not exists (select 1 from ward_report_transition t where t.report_id = w.id);
