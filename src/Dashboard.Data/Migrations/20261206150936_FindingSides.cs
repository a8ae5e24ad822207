using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <summary>
    /// Contradictions become findings with two sides (decision 026). The stored pairs are recomputed
    /// at the next start: the corpus is marked out of date, and the rebuild moves pins, notes and
    /// verdicts on a pair to the finding holding both its statements.
    /// </summary>
    [DbContext(typeof(DashboardDbContext))]
    [Migration("20261206150936_FindingSides")]
    public partial class FindingSides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EarlierFrom",
                table: "Contradictions",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EarlierStance",
                table: "Contradictions",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EarlierTo",
                table: "Contradictions",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LaterFrom",
                table: "Contradictions",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LaterStance",
                table: "Contradictions",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LaterTo",
                table: "Contradictions",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FindingStatements",
                columns: table => new
                {
                    ContradictionId = table.Column<int>(nullable: false),
                    StatementId = table.Column<int>(nullable: false),
                    Later = table.Column<bool>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingStatements", x => new { x.ContradictionId, x.StatementId });
                    table.ForeignKey(
                        name: "FK_FindingStatements_Contradictions_ContradictionId",
                        column: x => x.ContradictionId,
                        principalTable: "Contradictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FindingStatements_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FindingStatements_StatementId",
                table: "FindingStatements",
                column: "StatementId");

            migrationBuilder.Sql("""
                INSERT INTO "AppSettings" ("Key", "Value")
                SELECT 'CorpusStale', '1'
                WHERE NOT EXISTS (SELECT 1 FROM "AppSettings" WHERE "Key" = 'CorpusStale')
                  AND EXISTS (SELECT 1 FROM "Contradictions");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FindingStatements");

            migrationBuilder.DropColumn(
                name: "EarlierFrom",
                table: "Contradictions");

            migrationBuilder.DropColumn(
                name: "EarlierStance",
                table: "Contradictions");

            migrationBuilder.DropColumn(
                name: "EarlierTo",
                table: "Contradictions");

            migrationBuilder.DropColumn(
                name: "LaterFrom",
                table: "Contradictions");

            migrationBuilder.DropColumn(
                name: "LaterStance",
                table: "Contradictions");

            migrationBuilder.DropColumn(
                name: "LaterTo",
                table: "Contradictions");
        }
    }
}
