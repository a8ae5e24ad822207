using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Migrations;

/// <summary>
/// The pre-aggregated matrix cells now hold what the matrix view shows (latest and previous stance,
/// strongest statement, the statements behind the cell). The rows are derived data: the table is
/// made anew and the corpus marked out of date, so the next start rebuilds it.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261122001100_MatrixCellsForTheView")]
public sealed class MatrixCellsForTheView : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "MatrixCells");
        migrationBuilder.CreateTable(
            name: "MatrixCells",
            columns: table => new
            {
                Actor = table.Column<string>(maxLength: 200, nullable: false),
                Program = table.Column<string>(maxLength: 200, nullable: false),
                Statements = table.Column<int>(nullable: false),
                Mean = table.Column<double>(nullable: false),
                Latest = table.Column<string>(maxLength: 20, nullable: false),
                Previous = table.Column<string>(maxLength: 20, nullable: true),
                LatestConditional = table.Column<bool>(nullable: false),
                AnyConditional = table.Column<bool>(nullable: false),
                StrongestStatementId = table.Column<int>(nullable: true),
                StatementIdsJson = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MatrixCells", x => new { x.Actor, x.Program }));
        // Quoted identifiers: the same statement for SQLite and PostgreSQL.
        migrationBuilder.Sql("""DELETE FROM "AppSettings" WHERE "Key" = 'CorpusStale'; INSERT INTO "AppSettings" ("Key", "Value") VALUES ('CorpusStale', '1');""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "MatrixCells");
        migrationBuilder.CreateTable(
            name: "MatrixCells",
            columns: table => new
            {
                Actor = table.Column<string>(maxLength: 200, nullable: false),
                Program = table.Column<string>(maxLength: 200, nullable: false),
                Stance = table.Column<string>(maxLength: 20, nullable: false),
                Score = table.Column<double>(nullable: false),
                Statements = table.Column<int>(nullable: false),
                Latest = table.Column<string>(maxLength: 20, nullable: false),
                Trend = table.Column<string>(maxLength: 10, nullable: false),
                LatestConditional = table.Column<bool>(nullable: false),
                CountsJson = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MatrixCells", x => new { x.Actor, x.Program }));
    }
}
