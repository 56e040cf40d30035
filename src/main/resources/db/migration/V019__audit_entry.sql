-- Audit trail (issue 7): one row per write made through the app, written in the same transaction as the write
-- (vn.ansinh.audit.AuditLog). Who (login name), when, what (entity kind, id, action code) and the changed fields
-- before and after as JSON text. Append-only: the app has no update or delete path, and the triggers below refuse
-- UPDATE, DELETE and TRUNCATE for everyone, the app's own database user included.
create table audit_entry (
    id          bigint generated always as identity primary key,
    at          timestamptz  not null,
    username    varchar(100) not null,
    entity_kind varchar(40)  not null,
    entity_id   varchar(100) not null,
    action      varchar(60)  not null,
    before_json text,
    after_json  text
);

create index audit_entry_at_idx on audit_entry (at desc, id desc);
create index audit_entry_user_idx on audit_entry (username, at desc);
create index audit_entry_kind_idx on audit_entry (entity_kind, at desc);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'Nhật ký thao tác chỉ được ghi thêm, không được sửa hay xóa (%)', tg_op
        using errcode = '42501'; -- insufficient_privilege
end
$$;

create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
