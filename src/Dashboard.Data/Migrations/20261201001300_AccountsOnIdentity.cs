using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Migrations;

/// <summary>
/// Accounts become ASP.NET Core Identity users on the same table: the columns Identity's lock-out and
/// look-up need are added; names, password hashes (already Identity's format), stamps and lock-out
/// counts stay where they are. Normalised names are filled in at start (<c>AccountNames</c>), by the
/// same normaliser Identity uses, which SQL's upper() is not for every alphabet.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261201001300_AccountsOnIdentity")]
public sealed class AccountsOnIdentity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "NormalizedUserName", table: "Accounts", maxLength: 64, nullable: true);
        migrationBuilder.AddColumn<string>(name: "ConcurrencyStamp", table: "Accounts", maxLength: 40, nullable: true);
        migrationBuilder.AddColumn<bool>(name: "LockoutEnabled", table: "Accounts", nullable: false, defaultValue: true);
        migrationBuilder.CreateIndex(name: "IX_Accounts_NormalizedUserName", table: "Accounts", column: "NormalizedUserName", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Accounts_NormalizedUserName", table: "Accounts");
        migrationBuilder.DropColumn(name: "NormalizedUserName", table: "Accounts");
        migrationBuilder.DropColumn(name: "ConcurrencyStamp", table: "Accounts");
        migrationBuilder.DropColumn(name: "LockoutEnabled", table: "Accounts");
    }
}
