-- The scan of the signed ward report (PDF only), kept in PostgreSQL so that app nodes stay stateless.
create table ward_report_scan (
    report_id    bigint       primary key references ward_report (id),
    file_name    varchar(255) not null,
    size_bytes   int          not null check (size_bytes > 0),
    content      bytea        not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null
);
