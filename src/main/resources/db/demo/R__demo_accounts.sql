-- Demo accounts, loaded only in the demo profile (spring.flyway.locations adds db/demo).
-- Every password is AnSinh@2025 (BCrypt hash below). Listed in README.md.
insert into app_user (username, password_hash, full_name, role, org_unit_id)
values ('admin', '$2a$10$PXm88Mwrd83O6GA6xDSOC.G5zr/XqIZUkg3ZEgv4oeHE.mdV4XqJG', 'Quản trị hệ thống (tài khoản mẫu)', 'ADMIN', null),
       ('canbo.quan', '$2a$10$PXm88Mwrd83O6GA6xDSOC.G5zr/XqIZUkg3ZEgv4oeHE.mdV4XqJG', 'Cán bộ quận (tài khoản mẫu)', 'DISTRICT_STAFF',
        (select id from org_unit where code = '306-LDTBXH')),
       ('phong.yte', '$2a$10$PXm88Mwrd83O6GA6xDSOC.G5zr/XqIZUkg3ZEgv4oeHE.mdV4XqJG', 'Cán bộ Phòng Y tế (tài khoản mẫu)', 'DEPARTMENT_OFFICER',
        (select id from org_unit where code = '306-YT')),
       ('phuong.catbi', '$2a$10$PXm88Mwrd83O6GA6xDSOC.G5zr/XqIZUkg3ZEgv4oeHE.mdV4XqJG', 'Cán bộ phường Cát Bi (tài khoản mẫu)', 'WARD_OFFICER',
        (select id from org_unit where code = '11422')),
       ('lanhdao', '$2a$10$PXm88Mwrd83O6GA6xDSOC.G5zr/XqIZUkg3ZEgv4oeHE.mdV4XqJG', 'Lãnh đạo quận (tài khoản mẫu)', 'LEADER',
        (select id from org_unit where code = '306'))
on conflict (username) do nothing;

-- The author of the demo values: an account that cannot log in, so pages show "Dữ liệu mẫu" as who entered them.
insert into app_user (username, password_hash, full_name, role, org_unit_id, enabled)
values ('du-lieu-mau', '!', 'Dữ liệu mẫu', 'LEADER', null, false)
on conflict (username) do nothing;

-- Demo contact addresses of the wards (reserved example domain: nothing is ever delivered there).
update org_unit set contact_email = 'ubnd.phuong.' || code || '@example.org'
where kind = 'WARD' and contact_email is null;
