#!/usr/bin/env bash
# Adds an EF Core migration for a change of the model, for both providers (decision 016):
#   scripts/add-migration.sh <Name>
# EF's tool compares the model with the model snapshot (SQLite's) and writes the migration; the
# column types it names are SQLite's, so they are removed with the designer file (each provider
# maps the CLR type itself), and a numbered key gets both providers' annotations (.Identity()).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] && [[ "$1" =~ ^[A-Z][A-Za-z0-9]*$ ]] || { echo "usage: scripts/add-migration.sh <Name> (PascalCase, letters and digits)" >&2; exit 2; }

dotnet tool restore >/dev/null
dotnet ef migrations add "$1" --project src/Dashboard.Data --startup-project src/Dashboard.Data

file="$(ls -t src/Dashboard.Data/Migrations/*_"$1".cs | grep -v '\.Designer\.cs$' | head -n 1)"
designer="${file%.cs}.Designer.cs"
id="$(basename "${file%.cs}")"
# The tool writes a byte-order mark; without it the file starts with "using" as the others do.
sed -i '1s/^\xEF\xBB\xBF//' "$file"
sed -i -E \
    -e '/^\s*(oldType|type): "[^"]*",\s*$/d' \
    -e 's/\b(oldType|type): "[^"]*", //g' \
    -e 's/, (oldType|type): "[^"]*"//g' \
    -e 's/\((oldType|type): "[^"]*"\)/()/g' \
    -e 's/\.Annotation\("Sqlite:Autoincrement", true\)/.Identity()/g' \
    -e "s/^(\s*)public partial class /\1[DbContext(typeof(DashboardDbContext))]\n\1[Migration(\"$id\")]\n\1public partial class /" \
    -e 's/^using Microsoft.EntityFrameworkCore.Migrations;/using Microsoft.EntityFrameworkCore.Infrastructure;\nusing Microsoft.EntityFrameworkCore.Migrations;/' \
    "$file"
# The designer file's target model is SQLite's too, and a provider takes a column's type from it:
# without it (as for the hand-written migrations) each provider maps the types itself.
rm "$designer"
echo "Added $file: review it, add an upgrade test that keeps data, and run the tests on both providers (scripts/test.sh)."
