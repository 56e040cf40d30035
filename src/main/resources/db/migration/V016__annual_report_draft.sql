-- The district's annual report on a plan (issue 5): the text staff write before the Word file is generated, one
-- draft per plan and year. Figures (targets, ward reports, task progress) are not stored here: they are read when
-- the document is generated. Layout rules: Nghị định 30/2020/NĐ-CP, Phụ lục I.
create table annual_report_draft (
    id            bigserial primary key,
    plan_id       bigint        not null references plan (id),
    year          int           not null,
    doc_number    varchar(10),                 -- "05"; null while the number is not yet taken ("Số:      /BC-UBND")
    doc_symbol    varchar(30)   not null,      -- "BC-UBND"
    place         varchar(100)  not null,      -- "Hải An"
    doc_date      date,                        -- null: the day is written by hand after signing
    summary       varchar(500)  not null,      -- trích yếu, the bold line under "BÁO CÁO"
    opening       text,
    results       text,
    strengths     text,
    limitations   text,
    causes        text,
    next_year     text,
    proposals     text,
    recipients    text          not null,      -- one recipient a line, the last "Lưu: VT, …"
    signer_title  varchar(200),                -- "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH"
    signer_name   varchar(200),
    updated_by    varchar(100)  not null,
    updated_at    timestamptz   not null,
    version       bigint        not null default 0,
    constraint annual_report_draft_uk unique (plan_id, year)
);
