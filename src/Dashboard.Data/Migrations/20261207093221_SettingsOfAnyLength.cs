using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    [DbContext(typeof(DashboardDbContext))]
    [Migration("20261207093221_SettingsOfAnyLength")]
    public partial class SettingsOfAnyLength : Migration
    {
        /// <summary>
        /// A setting's value may be longer than 4,000 characters: the stored totals now carry the dated stances of every
        /// actor and program. SQLite never held the limit; PostgreSQL's column becomes text, keeping every value.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsPostgreSql())
            {
                migrationBuilder.AlterColumn<string>(name: "Value", table: "AppSettings", nullable: false, oldClrType: typeof(string), oldMaxLength: 4000);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsPostgreSql())
            {
                // The totals are stored again by the next rebuild: a value the old limit cannot hold is dropped first.
                migrationBuilder.Sql("DELETE FROM \"AppSettings\" WHERE length(\"Value\") > 4000;");
                migrationBuilder.AlterColumn<string>(name: "Value", table: "AppSettings", maxLength: 4000, nullable: false, oldClrType: typeof(string));
            }
        }
    }
}
