-- Text search of the audit page (AuditSearch) on a folded copy of each entry, through a trigram index.
-- pg_trgm (GIN indexes that answer LIKE '%…%') is one of PostgreSQL's contrib modules, included in the Debian and
-- official Docker packages and in the embedded binaries; it is a trusted extension since PostgreSQL 13, so the
-- database owner may create it without superuser rights. normalize() needs a UTF8 database, as the app does anyway.
create extension if not exists pg_trgm;

-- search_fold(text): the text as vn.ansinh.shared.SearchText.fold folds it in Java: decomposed (NFD), combining marks
-- removed, đ and Đ read as d, lower case. Upper-case letters lose their marks before lower() runs, so the result
-- for Vietnamese text does not depend on the database's locale. AuditSearchIndexTests checks, letter by letter, that
-- it agrees with the Java fold. (A translate() of the 490 letters with diacritics gives the same result but costs
-- about 240 µs for an entry of 270 characters, against 16 µs for this; measured in docs/benchmarks.md.)
create function search_fold(value text) returns text
    language sql immutable strict parallel safe
    return lower(translate(regexp_replace(normalize(value, NFD),
        '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+', '', 'g'), 'đĐ', 'dd'));

-- audit_json_values(doc): the values of a JSON object, space-separated, without its field names ("source",
-- "comment", …) and without nulls, which the audit page never shows as such; other JSON is kept as it is.
create function audit_json_values(doc text) returns text
    language sql immutable parallel safe
    return case
        when doc is null then ''
        when jsonb_typeof(doc::jsonb) = 'object'
            then coalesce((select string_agg(e.value, ' ') from jsonb_each_text(doc::jsonb) e), '')
        else doc
    end;

-- The searched text: login name, entity id and the values before and after, folded. The action is found by its
-- Vietnamese label instead (AuditController), since its code is never shown. Computed by PostgreSQL on insert
-- (entries are never updated), so every writer, the app and SQL alike, fills it. Adding it rewrites the table
-- without firing the append-only row triggers of V019.
alter table audit_entry add column search_text text generated always as (
    search_fold(username || ' ' || entity_id || ' ' || audit_json_values(before_json) || ' '
                || audit_json_values(after_json))) stored;

create index audit_entry_search_trgm on audit_entry using gin (search_text gin_trgm_ops);
-- the search also finds entries whose action label matches (action = ?), so that branch of the OR needs an index too
create index audit_entry_action_idx on audit_entry (action);
