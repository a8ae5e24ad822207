using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Migrations;

/// <summary>The audit log: who changed what, and when.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261121000600_AuditLog")]
public sealed class AuditLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                At = table.Column<DateTime>(nullable: false),
                Who = table.Column<string>(maxLength: 100, nullable: false),
                Action = table.Column<string>(maxLength: 40, nullable: false),
                Target = table.Column<string>(maxLength: 400, nullable: false),
                Detail = table.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "AuditEntries");
}
