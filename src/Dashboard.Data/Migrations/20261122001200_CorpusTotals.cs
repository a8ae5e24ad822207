using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Migrations;

/// <summary>
/// The overview's whole-corpus counts are now stored at the corpus rebuild (an application
/// setting, no new table). A database from before has none: it is marked out of date, so the
/// next start rebuilds the corpus results and stores them. Until then the counts are computed.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261122001200_CorpusTotals")]
public sealed class StoredCorpusTotals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        // Quoted identifiers: the same statement for SQLite and PostgreSQL.
        migrationBuilder.Sql("""DELETE FROM "AppSettings" WHERE "Key" = 'CorpusStale'; INSERT INTO "AppSettings" ("Key", "Value") VALUES ('CorpusStale', '1');""");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""DELETE FROM "AppSettings" WHERE "Key" = 'CorpusTotals';""");
}
