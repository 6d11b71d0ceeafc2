#!/usr/bin/env bash
# Makes a PostgreSQL server available on 127.0.0.1 for the storage-jdbc tests, then prints the
# connection settings as one shell line on stdout, for the caller to eval:
#
#   eval "$(bash .ci/postgres.sh)"
#   # now WEISHI_PG_URL, WEISHI_PG_USER and WEISHI_PG_PASSWORD are set
#
# Installs Debian's postgresql package when it is missing, creates or starts a cluster with the
# Debian cluster tools (the server refuses to run as root, so everything server-side runs as the
# postgres user), and creates a test role and database. Idempotent and quick when already up.
# Everything but the final export line goes to stderr.
# Overridable: WEISHI_PG_DB (weishi_test), WEISHI_PG_USER (weishi), WEISHI_PG_PASSWORD (weishi_test).
set -euo pipefail

DB="${WEISHI_PG_DB:-weishi_test}"
ROLE="${WEISHI_PG_USER:-weishi}"
PASSWORD="${WEISHI_PG_PASSWORD:-weishi_test}"

log() { echo "postgres.sh: $*" >&2; }
as_postgres() { runuser -u postgres -- "$@"; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  log "PostgreSQL is not installed: installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
# pg_lsclusters -h: version cluster port status owner datadir logfile
CLUSTER_LINE="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v { print; exit }')"
if [ -z "$CLUSTER_LINE" ]; then
  log "creating cluster $VERSION/main"
  pg_createcluster "$VERSION" main >&2
  CLUSTER_LINE="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v { print; exit }')"
fi
CLUSTER="$(echo "$CLUSTER_LINE" | awk '{print $2}')"
PORT="$(echo "$CLUSTER_LINE" | awk '{print $3}')"
STATUS="$(echo "$CLUSTER_LINE" | awk '{print $4}')"

if [ "$STATUS" != "online" ]; then
  log "starting cluster $VERSION/$CLUSTER on port $PORT"
  # pg_ctlcluster run as root switches to the cluster owner itself.
  pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$PORT"; then break; fi
  sleep 0.5
done
if ! pg_isready -q -h 127.0.0.1 -p "$PORT"; then
  log "PostgreSQL $VERSION/$CLUSTER did not accept connections on 127.0.0.1:$PORT; see /var/log/postgresql/"
  exit 1
fi

# Role and database: one statement per psql -c (a multi-statement -c is one transaction, and
# CREATE DATABASE cannot run inside a transaction).
psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" -d postgres "$@"; }
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
  log "creating role $ROLE"
  psql_admin -c "CREATE ROLE \"$ROLE\" LOGIN PASSWORD '$PASSWORD'"
else
  psql_admin -c "ALTER ROLE \"$ROLE\" LOGIN PASSWORD '$PASSWORD'"
fi
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]; then
  log "creating database $DB"
  psql_admin -c "CREATE DATABASE \"$DB\" OWNER \"$ROLE\""
fi

URL="jdbc:postgresql://127.0.0.1:$PORT/$DB"
log "PostgreSQL $VERSION ready at $URL (user $ROLE)"
echo "export WEISHI_PG_URL='$URL' WEISHI_PG_USER='$ROLE' WEISHI_PG_PASSWORD='$PASSWORD'"
