#!/usr/bin/env bash
# Runs every test: unit (Core), integration (real SQLite files, then the same suite again on a real
# PostgreSQL server) and end-to-end (the real app in Debian's Chromium, some of it on PostgreSQL).
# Installs Chromium and PostgreSQL when they are missing and we may (root with apt-get); otherwise
# stops with a message saying how to install them. DASHBOARD_TEST_POSTGRES may name a server instead.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "error: $*" >&2; exit 1; }

command -v dotnet >/dev/null || fail "the .NET 10 SDK is required: https://dotnet.microsoft.com/download (Debian: see README, Prerequisites)."

chromium="${DASHBOARD_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
        echo "Chromium not found at $chromium: installing Debian's chromium package for the end-to-end tests..."
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
        [ -x "$chromium" ] || fail "Chromium was installed but is not at $chromium; set DASHBOARD_CHROMIUM to its path."
    else
        fail "the end-to-end tests need Chromium at $chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set DASHBOARD_CHROMIUM to its path."
    fi
fi

if [ -z "${DASHBOARD_TEST_POSTGRES:-}" ]; then
    DASHBOARD_TEST_POSTGRES="$(bash scripts/postgres.sh)"
fi
export DASHBOARD_TEST_POSTGRES

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
report=tests/Dashboard.Web.Tests/bin/Debug/net10.0/circuit-failures.log
rm -f "$report"
status=0
# dotnet test runs the assemblies two at a time (one per build node); the end-to-end assembly runs
# four of its groups at once (Infrastructure/Parallelism.cs), which is what a two-core machine takes.
# The integration suite runs twice: on SQLite files, then on the PostgreSQL server. The other suites
# read DASHBOARD_TEST_POSTGRES only where a test is about PostgreSQL (several instances on one database).
DASHBOARD_TEST_PROVIDER=sqlite dotnet test Dashboard.sln --blame-hang-timeout 10m "$@" -- RunConfiguration.MaxCpuCount=1 2>&1 | tee "$log" || status=$?
echo "Integration tests again, on PostgreSQL:"
DASHBOARD_TEST_PROVIDER=postgres dotnet test tests/Dashboard.Data.Tests --no-build --blame-hang-timeout 10m "$@" 2>&1 | tee -a "$log" || status=$?

# One closing line for the whole run, summed over the test assemblies.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
        gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
# The end-to-end suite's check that no browser session crashed reports here (see CircuitFailures).
[ ! -s "$report" ] || { echo "Browser sessions that crashed during the tests:"; cat "$report"; }
exit "$status"
