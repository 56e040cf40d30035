-- Spreadsheet imports of indicator values (workbook module). An upload is read into a preview kept here, not in the
-- HTTP session or a node's memory, so that it survives across requests and app nodes; nothing reaches
-- indicator_value until someone confirms it. Confirming moves the import from PREVIEW to SAVED exactly once.
create table value_import (
    id              bigserial    primary key,
    plan_id         bigint       not null references plan (id),
    org_unit_id     bigint       not null references org_unit (id),
    year            int          not null,
    file_name       varchar(255) not null,
    state           varchar(20)  not null check (state in ('PREVIEW', 'SAVED')),
    rows_total      int          not null check (rows_total >= 0),
    rows_processed  int          not null check (rows_processed >= 0),
    rows_saved      int,
    rows_skipped    int,
    created_by      varchar(100) not null,
    created_at      timestamptz  not null,
    confirmed_by    varchar(100),
    confirmed_at    timestamptz
);

-- One line of the uploaded sheet, with the text read from it and the verdict of the entry form's rules.
create table value_import_row (
    id                bigserial   primary key,
    import_id         bigint      not null references value_import (id) on delete cascade,
    line              int         not null,
    target_code       varchar(50),
    target_id         bigint      references target (id),
    value_text        text,
    numerator_text    text,
    denominator_text  text,
    source            text,
    verdict           varchar(20) not null check (verdict in ('ACCEPTED', 'REJECTED', 'EMPTY')),
    reason            text,
    existing_version  bigint,
    constraint value_import_row_uk unique (import_id, line)
);
