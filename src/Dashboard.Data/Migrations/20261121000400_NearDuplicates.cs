using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Migrations;

/// <summary>
/// Near-duplicate detection: each document's SimHash (null until computed; documents stored
/// before this version get theirs at the next start) and the earlier document it repeats.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261121000400_NearDuplicates")]
public sealed class NearDuplicates : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>(name: "SimHash", table: "Documents", nullable: true);
        migrationBuilder.AddColumn<int>(name: "NearDuplicateOf", table: "Documents", nullable: true);
        migrationBuilder.CreateIndex("IX_Documents_NearDuplicateOf", "Documents", "NearDuplicateOf");
        // Read at every start (documents still without one) and at every import (all fingerprints):
        // the index spares reading past each row's text to reach the column.
        migrationBuilder.CreateIndex("IX_Documents_SimHash", "Documents", "SimHash");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Documents_SimHash", "Documents");
        migrationBuilder.DropIndex("IX_Documents_NearDuplicateOf", "Documents");
        migrationBuilder.DropColumn(name: "NearDuplicateOf", table: "Documents");
        migrationBuilder.DropColumn(name: "SimHash", table: "Documents");
    }
}
