#!/usr/bin/env bash
# Makes a PostgreSQL server on this machine ready for the tests and prints its connection string
# (the tests create and drop their own databases on it). Installs Debian's postgresql package when
# it is missing and we may (root with apt-get), starts the cluster, and creates a test role.
# Usage: DASHBOARD_TEST_POSTGRES="$(scripts/postgres.sh)"
set -euo pipefail

fail() { echo "error: $*" >&2; exit 1; }

role=dashboard_test
password=dashboard_test
port="${DASHBOARD_TEST_POSTGRES_PORT:-5432}"

if ! compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null; then
    [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null \
        || fail "the PostgreSQL tests need a server: install it (Debian/Ubuntu: sudo apt-get install postgresql) or set DASHBOARD_TEST_POSTGRES to a connection string of a role that may create databases."
    echo "PostgreSQL not found: installing Debian's postgresql package for the tests..." >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

command -v pg_lsclusters >/dev/null || fail "pg_lsclusters not found; is postgresql-common installed?"
cluster="$(pg_lsclusters --no-header | awk -v p="$port" '$3 == p { print $1 " " $2; exit }')"
if [ -z "$cluster" ]; then
    version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
    echo "Creating PostgreSQL $version cluster 'main' on port $port..." >&2
    pg_createcluster "$version" main --port "$port" >&2
    cluster="$version main"
fi
# shellcheck disable=SC2086
set -- $cluster
if ! pg_lsclusters --no-header | awk -v v="$1" -v c="$2" '$1 == v && $2 == c && $4 == "online" { found = 1 } END { exit !found }'; then
    echo "Starting PostgreSQL $1/$2 on port $port..." >&2
    pg_ctlcluster "$1" "$2" start >&2
fi

as_postgres() { if [ "$(id -u)" = "0" ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
for _ in $(seq 1 30); do as_postgres "psql -p $port -tAc 'SELECT 1'" >/dev/null 2>&1 && break; sleep 1; done
as_postgres "psql -p $port -v ON_ERROR_STOP=1 -q" >&2 <<SQL
SET client_min_messages = warning;
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
  END IF;
END \$\$;
-- Dropping a test database ends what still uses it, autovacuum included.
GRANT pg_signal_backend TO $role;
SQL

echo "Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=postgres"
