using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    [DbContext(typeof(DashboardDbContext))]
    [Migration("20261206173007_StatementTerms")]
    public partial class StatementTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Terms",
                table: "Statements",
                nullable: true);

            // Corpus updates read the words and expect the stored results in a rebuild's order
            // (decision 028): the next start rebuilds them once and stores every statement's words.
            migrationBuilder.Sql("""
                INSERT INTO "AppSettings" ("Key", "Value")
                SELECT 'CorpusStale', '1'
                WHERE NOT EXISTS (SELECT 1 FROM "AppSettings" WHERE "Key" = 'CorpusStale')
                  AND EXISTS (SELECT 1 FROM "Statements");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Terms",
                table: "Statements");
        }
    }
}
