#!/usr/bin/env bash
# Backs up the app's database to one file in pg_dump's custom format (compressed; restore with scripts/restore.sh).
#   scripts/backup.sh [FILE]        default FILE: backups/ansinh-YYYYMMDD-HHMMSS.dump
# Connection: SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD as for the app, else the embedded server (localhost:54329).
# Needs a pg_dump at least as new as the server (see scripts/pg-tools.sh for where it is looked for).
# The dump is consistent (one snapshot) and can be taken while the app runs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/pg-tools.sh"

file="${1:-backups/ansinh-$(date +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$file")"
pg_dump_bin="$(find_tool pg_dump "$(server_major)")"
"$pg_dump_bin" --format=custom --no-owner --no-privileges --file="$file" "$PGDATABASE_NAME"
echo "Backed up $PGDATABASE_NAME on $PGHOST:$PGPORT to $file ($(du -h "$file" | cut -f1)) with $("$pg_dump_bin" --version)"
