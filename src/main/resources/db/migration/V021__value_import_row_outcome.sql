-- What confirming did with each accepted line of a spreadsheet import: true = saved, false = skipped (its value was
-- changed by someone else after the preview, or it no longer passes the entry form's rules). Null until confirmed,
-- and for rejected or empty lines, which are never saved.
alter table value_import_row add column saved boolean;
