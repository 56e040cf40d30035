-- Plausible range of a target's values, checked on entry: it catches a decimal typed with a dot and read as
-- thousands ("2.050" for a fertility of 2,05 becomes 2.050) and other slips that pass the type's own bounds.
alter table target add column plausible_min numeric(18, 4);
alter table target add column plausible_max numeric(18, 4);
alter table target add constraint target_plausible_ck
    check (plausible_min is null or plausible_max is null or plausible_min < plausible_max);

update target set plausible_min = 0,   plausible_max = 1000000 where code = 'CT06'; -- lượt lao động/năm
update target set plausible_min = 0.5, plausible_max = 10      where code = 'CT18'; -- con/phụ nữ
update target set plausible_min = 40,  plausible_max = 100     where code = 'CT19'; -- tuổi thọ
update target set plausible_min = 30,  plausible_max = 100     where code = 'CT20'; -- năm sống khỏe
update target set plausible_min = 0,   plausible_max = 100000  where code = 'CT22'; -- giường bệnh
update target set plausible_min = 0,   plausible_max = 200     where code = 'CT23'; -- bác sĩ/1 vạn dân
update target set plausible_min = 0,   plausible_max = 100000  where code = 'CT34'; -- học viên/năm
