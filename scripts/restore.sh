#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a database, replacing what is in it.
#   scripts/restore.sh FILE [DATABASE]
# DATABASE defaults to the app's database (see scripts/pg-tools.sh); a database that does not exist is created.
# Stop the app first when restoring into its own database: the restore drops and recreates every table.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/pg-tools.sh"

file="${1:?usage: scripts/restore.sh FILE [DATABASE]}"
db="${2:-$PGDATABASE_NAME}"
psql_bin="$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | tail -1)"
exists="$(echo "select 1 from pg_database where datname = :'db'" | "$psql_bin" -X -A -t -d "$PGDATABASE_NAME" -v db="$db")"
if [ -z "$exists" ]; then
  "$psql_bin" -X -q -d "$PGDATABASE_NAME" -c "create database \"$db\""
fi
pg_restore_bin="$(find_tool pg_restore "$(server_major "$db")")"
"$pg_restore_bin" --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="$db" "$file"
echo "Restored $file into $db on $PGHOST:$PGPORT"
