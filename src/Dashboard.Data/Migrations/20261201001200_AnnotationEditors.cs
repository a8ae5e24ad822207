using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Migrations;

/// <summary>
/// Who last changed an annotation, beside who wrote it: an edit or deletion by a colleague used to
/// replace the author. Existing rows had their author overwritten already; they keep what they have.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261201001200_AnnotationEditors")]
public sealed class AnnotationEditors : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "EditedBy", table: "Annotations", maxLength: 100, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "EditedBy", table: "Annotations");
    }
}
