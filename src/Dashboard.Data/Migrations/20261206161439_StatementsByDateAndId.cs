using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <summary>The statements' newest-first order, id included, in one index: keyset pages read from it directly.</summary>
    [DbContext(typeof(DashboardDbContext))]
    [Migration("20261206161439_StatementsByDateAndId")]
    public partial class StatementsByDateAndId : Migration
    {
        private static readonly string[] DateAndId = ["DateSort", "Id"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_DateSort",
                table: "Statements");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_DateSort_Id",
                table: "Statements",
                columns: DateAndId);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_DateSort_Id",
                table: "Statements");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_DateSort",
                table: "Statements",
                column: "DateSort");
        }
    }
}
