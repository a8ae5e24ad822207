using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Migrations;

/// <summary>Documents can be deleted with undo: when and by whom (null: not deleted).</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261121000500_SoftDelete")]
public sealed class SoftDelete : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: "DeletedAt", table: "Documents", nullable: true);
        migrationBuilder.AddColumn<string>(name: "DeletedBy", table: "Documents", maxLength: 100, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "DeletedBy", table: "Documents");
        migrationBuilder.DropColumn(name: "DeletedAt", table: "Documents");
    }
}
