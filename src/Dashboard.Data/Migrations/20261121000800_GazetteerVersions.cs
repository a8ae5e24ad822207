using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Migrations;

/// <summary>The gazetteer as edited in the dashboard, every saved version kept.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261121000800_GazetteerVersions")]
public sealed class GazetteerVersions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "GazetteerVersions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                Json = table.Column<string>(nullable: false),
                SavedAt = table.Column<DateTime>(nullable: false),
                SavedBy = table.Column<string>(maxLength: 100, nullable: false),
                Changes = table.Column<string>(maxLength: 4_000, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_GazetteerVersions", x => x.Id));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "GazetteerVersions");
}
