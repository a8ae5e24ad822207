#!/usr/bin/env bash
# Scores the analysis on the real articles of manifest.json, saved by you in a folder (their text is
# not in the repository): tests/realworld/score.sh <folder> [--details]
# Each article is saved as <id>.txt: the lines title:, outlet:, date:, url:, a blank line, then the text.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 1 ] || { echo "usage: tests/realworld/score.sh <folder with the saved articles> [--details]" >&2; exit 2; }
exec dotnet run -c Release --project src/Dashboard.Cli -- score tests/realworld/manifest.json "$@"
