using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    [DbContext(typeof(DashboardDbContext))]
    [Migration("20261207022134_CoveringIndexesForFilters")]
    public partial class CoveringIndexesForFilters : Migration
    {
        // A filtered overview reads these columns from the indexes instead of the rows (decision 034).
        private static readonly string[] StatementAndProgram = ["StatementId", "Program"];
        private static readonly string[] DateIdDocumentAndActor = ["DateSort", "Id", "DocumentId", "Actor"];
        private static readonly string[] OutletAndDeletion = ["Outlet", "DeletedAt"];
        private static readonly string[] DateAndId = ["DateSort", "Id"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StatementStances_StatementId",
                table: "StatementStances");

            migrationBuilder.DropIndex(
                name: "IX_Statements_DateSort_Id",
                table: "Statements");

            migrationBuilder.CreateIndex(
                name: "IX_StatementStances_StatementId_Program",
                table: "StatementStances",
                columns: StatementAndProgram);

            migrationBuilder.CreateIndex(
                name: "IX_Statements_DateSort_Id_DocumentId_Actor",
                table: "Statements",
                columns: DateIdDocumentAndActor);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Outlet_DeletedAt",
                table: "Documents",
                columns: OutletAndDeletion);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StatementStances_StatementId_Program",
                table: "StatementStances");

            migrationBuilder.DropIndex(
                name: "IX_Statements_DateSort_Id_DocumentId_Actor",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_Documents_Outlet_DeletedAt",
                table: "Documents");

            migrationBuilder.CreateIndex(
                name: "IX_StatementStances_StatementId",
                table: "StatementStances",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_DateSort_Id",
                table: "Statements",
                columns: DateAndId);
        }
    }
}
