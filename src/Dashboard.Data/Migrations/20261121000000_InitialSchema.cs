using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Migrations;

/// <summary>Documents and application settings. Hand-written: see docs/decisions/002-hand-written-migrations.md.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261121000000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AppSettings",
            columns: table => new
            {
                Key = table.Column<string>(maxLength: 100, nullable: false),
                Value = table.Column<string>(maxLength: 4000, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AppSettings", x => x.Key));

        migrationBuilder.CreateTable(
            name: "Documents",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Identity(),
                FileName = table.Column<string>(maxLength: 260, nullable: false),
                Title = table.Column<string>(maxLength: 1000, nullable: true),
                Outlet = table.Column<string>(maxLength: 200, nullable: true),
                PublishedOn = table.Column<DateOnly>(nullable: true),
                RawText = table.Column<string>(nullable: false),
                ContentHash = table.Column<string>(fixedLength: true, maxLength: 64, nullable: false),
                ImportedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Documents", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_Documents_ContentHash",
            table: "Documents",
            column: "ContentHash",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Documents_PublishedOn",
            table: "Documents",
            column: "PublishedOn");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Documents");
        migrationBuilder.DropTable(name: "AppSettings");
    }
}
