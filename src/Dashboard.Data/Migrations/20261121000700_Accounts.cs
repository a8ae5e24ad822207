using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Migrations;

/// <summary>Local accounts with roles, hashed passwords and lock-out.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261121000700_Accounts")]
public sealed class Accounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsPostgreSql())
        {
            // SQLite has NOCASE built in; PostgreSQL gets a case-insensitive collation of the same name.
            migrationBuilder.Sql("CREATE COLLATION IF NOT EXISTS \"NOCASE\" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);");
        }

        migrationBuilder.CreateTable(
            name: "Accounts",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                UserName = table.Column<string>(maxLength: 64, nullable: false, collation: "NOCASE"),
                Role = table.Column<string>(maxLength: 20, nullable: false),
                PasswordHash = table.Column<string>(maxLength: 200, nullable: false),
                SecurityStamp = table.Column<string>(maxLength: 40, nullable: false),
                FailedLogins = table.Column<int>(nullable: false),
                LockedUntil = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                DisabledAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Accounts", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Accounts_UserName", table: "Accounts", column: "UserName", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Accounts");
}
