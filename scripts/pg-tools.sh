# Sourced by backup.sh and restore.sh: the connection settings and a pg_dump/pg_restore able to talk to the server.
#
# Connection, in this order:
#   SPRING_DATASOURCE_URL=jdbc:postgresql://host:port/db (+ SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD),
#   as for the app; otherwise the embedded server of ./mvnw spring-boot:run: localhost:54329, user and database
#   "postgres", no password (EmbeddedPostgresConfig).
# Tools: pg_dump refuses a server of a newer major version, so the first pg_dump whose major version is at least the
# server's is taken from: $PG_BIN, the PATH, /usr/lib/postgresql/*/bin (Debian), /tmp/embedded-pg/*/bin.

url="${SPRING_DATASOURCE_URL:-jdbc:postgresql://localhost:54329/postgres}"
rest="${url#jdbc:postgresql://}"
hostport="${rest%%/*}"
PGDATABASE_NAME="${rest#*/}"
PGDATABASE_NAME="${PGDATABASE_NAME%%\?*}"
export PGHOST="${hostport%%:*}"
if [[ "$hostport" == *:* ]]; then export PGPORT="${hostport##*:}"; else export PGPORT=5432; fi
export PGUSER="${SPRING_DATASOURCE_USERNAME:-postgres}"
if [ -n "${SPRING_DATASOURCE_PASSWORD:-}" ]; then export PGPASSWORD="$SPRING_DATASOURCE_PASSWORD"; fi

major() { "$1" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/' | head -1; }

# The server's major version, asked with whatever psql there is (psql talks to newer servers).
server_major() {
  local psql_bin
  psql_bin="$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | tail -1)"
  if [ -z "$psql_bin" ]; then echo 0; return; fi
  "$psql_bin" -X -A -t -d "${1:-$PGDATABASE_NAME}" -c 'show server_version_num' | awk '{print int($1 / 10000)}'
}

# Prints the path of a tool ($1: pg_dump or pg_restore) at least as new as the server, or fails with advice.
find_tool() {
  local tool="$1" need="$2" candidate
  for candidate in ${PG_BIN:+"$PG_BIN/$tool"} "$(command -v "$tool" || true)" \
      $(ls -d /usr/lib/postgresql/*/bin/"$tool" 2>/dev/null | sort -t/ -k5 -n -r) \
      $(ls -d /tmp/embedded-pg/*/bin/"$tool" 2>/dev/null); do
    if [ -x "$candidate" ] && [ "$(major "$candidate")" -ge "$need" ]; then
      echo "$candidate"
      return 0
    fi
  done
  echo "No $tool of PostgreSQL $need or newer found (the server is $need). Install the client of that version" \
       "(Debian/Ubuntu: postgresql-client-$need from the PostgreSQL apt repository) or set PG_BIN to its bin folder." >&2
  return 1
}
