using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Migrations;

/// <summary>Human annotations (notes, tags, verdicts, corrections) and their revision history.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261121000200_Annotations")]
public sealed class Annotations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Annotations",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                TargetType = table.Column<string>(maxLength: 20, nullable: false),
                TargetKey = table.Column<string>(maxLength: 400, nullable: false),
                Body = table.Column<string>(maxLength: 10_000, nullable: false),
                Verdict = table.Column<string>(maxLength: 20, nullable: true),
                Author = table.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Deleted = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Annotations", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AnnotationRevisions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                AnnotationId = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Body = table.Column<string>(maxLength: 10_000, nullable: false),
                Verdict = table.Column<string>(maxLength: 20, nullable: true),
                Deleted = table.Column<bool>(nullable: false),
                Author = table.Column<string>(maxLength: 100, nullable: false),
                At = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AnnotationRevisions", x => x.Id);
                table.ForeignKey("FK_AnnotationRevisions_Annotations_AnnotationId", x => x.AnnotationId, "Annotations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Annotations_TargetType_TargetKey", "Annotations", ["TargetType", "TargetKey"]);
        migrationBuilder.CreateIndex("IX_AnnotationRevisions_AnnotationId", "AnnotationRevisions", "AnnotationId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AnnotationRevisions");
        migrationBuilder.DropTable(name: "Annotations");
    }
}
