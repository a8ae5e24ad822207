using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Migrations;

/// <summary>Notes on passages: where in the document they belong (a quote selector as JSON; it never changes, so revisions do not repeat it).</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261121000300_AnnotationAnchors")]
public sealed class AnnotationAnchors : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Anchor", table: "Annotations", maxLength: 4_000, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Anchor", table: "Annotations");
    }
}
