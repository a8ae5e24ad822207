#!/usr/bin/env bash
# Runs every test: unit (Core), integration (real SQLite files, then the same suite again on a real
# PostgreSQL server) and end-to-end (the real app in Debian's headless Chromium, some of it on PostgreSQL).
# Installs Chromium's headless shell and PostgreSQL when they are missing and we may (root with apt-get); otherwise
# stops with a message saying how to install them. DASHBOARD_TEST_POSTGRES may name a server instead.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "error: $*" >&2; exit 1; }

command -v dotnet >/dev/null || fail "the .NET 10 SDK is required: https://dotnet.microsoft.com/download (Debian: see README, Prerequisites)."

work="$(mktemp -d)"
installing=""
# A failed build or Ctrl+C must not leave apt-get holding the package lock for the next run.
end_to_end=""
trap '[ -z "$installing" ] || wait "$installing" 2>/dev/null || true; [ -z "$end_to_end" ] || kill "$end_to_end" 2>/dev/null || true; rm -rf "$work"' EXIT

# Missing system packages are installed while the solution builds: on a fresh machine the two take
# about as long as each other.
chromium="${DASHBOARD_CHROMIUM:-/usr/bin/chromium-headless-shell}"
packages=()
# Fonts the pages are measured with (layout, contrast); nothing else Chromium only recommends (a GPU
# driver with its LLVM, a printer set-up with its Python): --no-install-recommends below.
[ -x "$chromium" ] || [ -n "${DASHBOARD_CHROMIUM:-}" ] || packages+=(chromium-headless-shell fonts-liberation)
[ -n "${DASHBOARD_TEST_POSTGRES:-}" ] || compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || packages+=(postgresql)
if [ "${#packages[@]}" -gt 0 ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's ${packages[*]} for the tests while the solution builds..."
    ( apt-get -o DPkg::Lock::Timeout=300 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${packages[@]}" ) >"$work/apt.log" 2>&1 &
    installing=$!
fi

# The tests run what this builds, optimised (Release): the analysis, the app the end-to-end tests start and
# the test hosts spend their CPU in our code. Pass test options only, not a configuration.
configuration=Release
dotnet build Dashboard.sln -c "$configuration" --nologo -v quiet

if [ -n "$installing" ]; then
    wait "$installing" || { installing=""; fail "installing ${packages[*]} failed:
$(tail -20 "$work/apt.log")"; }
    installing=""
fi
if [ ! -x "$chromium" ]; then
    [ -z "${DASHBOARD_CHROMIUM:-}" ] || fail "Chromium is not at DASHBOARD_CHROMIUM=$chromium."
    fail "the end-to-end tests need Chromium at $chromium. Install it (Debian: sudo apt-get install chromium-headless-shell) or set DASHBOARD_CHROMIUM to its path."
fi
if [ -z "${DASHBOARD_TEST_POSTGRES:-}" ]; then
    DASHBOARD_TEST_POSTGRES="$(bash scripts/postgres.sh)"
fi
export DASHBOARD_TEST_POSTGRES

# Every test process (test hosts, the apps they start, the command-line runs) lives seconds to minutes:
# dynamic PGO's instrumented code and re-compilation cost them more than they repay (an app's start
# and ten page loads: 10.3 CPU-s with it, 6.5 without). For the same reason hot methods are
# re-compiled optimised only once the process has had two quiet seconds, not in the middle of its
# start and first pages (the ten loads: 5.1 CPU-s, then 2.1). Behaviour is the same; see docs/performance.md.
# Two or three processes share each core during the run: a pool thread that spins waiting for work burns
# the time another process needs, so pool threads wait without spinning. (The background garbage
# collector stays: without it a full collection can pause an analysis the Data tests time; see docs/performance.md.)
export DOTNET_TieredPGO=0 DOTNET_TC_CallCountingDelayMs=2000
export DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0

report="tests/Dashboard.Web.Tests/bin/$configuration/net10.0/circuit-failures.log"
rm -f "$report"
# The end-to-end assembly (the longest, about ten minutes) runs in the background from the start; the
# other assemblies run one after another beside it, the integration suite twice: on SQLite files,
# then on the PostgreSQL server, which so overlaps the end of the end-to-end run instead of
# following it. That is what a two-core machine takes: the end-to-end assembly runs three of its
# groups at once (Infrastructure/Parallelism.cs). The other suites read DASHBOARD_TEST_POSTGRES only
# where a test is about PostgreSQL (several instances on one database).
status=0
DASHBOARD_TEST_PROVIDER=sqlite dotnet test tests/Dashboard.Web.Tests -c "$configuration" --no-build --blame-hang-timeout 10m "$@" >"$work/end-to-end.log" 2>&1 &
end_to_end=$!
echo "End-to-end tests started in the background; their output follows the others'."
for project in tests/*/*.Tests.csproj; do
    [ "$project" != tests/Dashboard.Web.Tests/Dashboard.Web.Tests.csproj ] || continue
    DASHBOARD_TEST_PROVIDER=sqlite dotnet test "$project" -c "$configuration" --no-build --blame-hang-timeout 10m "$@" 2>&1 | tee -a "$work/test.log" || status=$?
done
echo "Integration tests again, on PostgreSQL:"
DASHBOARD_TEST_PROVIDER=postgres dotnet test tests/Dashboard.Data.Tests -c "$configuration" --no-build --blame-hang-timeout 10m "$@" 2>&1 | tee -a "$work/test.log" || status=$?
end_to_end_status=0
wait "$end_to_end" || end_to_end_status=$?
end_to_end=""
echo "End-to-end tests:"
tee -a "$work/test.log" <"$work/end-to-end.log"
# A few end-to-end tests that failed under the full run's load are run once more, alone (decision 025); a test that
# fails again fails the run, and those that pass are named in the closing lines so a recurring one stays in sight.
retried=""
failed_end_to_end="$(sed -n 's/^  Failed \(Dashboard\.Web\.Tests\.[A-Za-z0-9_.]*\).*/\1/p' "$work/end-to-end.log" | sort -u)"
if [ "$end_to_end_status" -ne 0 ] && [ "$#" -eq 0 ] && [ -n "$failed_end_to_end" ] && [ "$(wc -l <<<"$failed_end_to_end")" -le 3 ]; then
    echo "End-to-end tests that failed under load, run once more alone:"
    if DASHBOARD_TEST_PROVIDER=sqlite dotnet test tests/Dashboard.Web.Tests -c "$configuration" --no-build --blame-hang-timeout 10m \
        --filter "$(sed 's/^/FullyQualifiedName~/' <<<"$failed_end_to_end" | paste -sd'|')" 2>&1 | tee "$work/retry.log"; then
        end_to_end_status=0
        retried="$failed_end_to_end"
    fi
fi
[ "$end_to_end_status" -eq 0 ] || status=$end_to_end_status

# One closing line for the whole run, summed over the test assemblies.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
        gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$work/test.log"
[ -z "$retried" ] || { echo "Failed under the full run's load and passed alone (decision 025):"; sed 's/^/  /' <<<"$retried"; }
# The end-to-end suite's check that no browser session crashed reports here (see CircuitFailures).
[ ! -s "$report" ] || { echo "Browser sessions that crashed during the tests:"; cat "$report"; }
exit "$status"
