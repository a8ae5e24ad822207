using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Migrations;

/// <summary>Analysis results: document metadata, statements and stances, clusters, contradictions, matrix.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261121000100_AnalysisResults")]
public sealed class AnalysisResults : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(name: "PublishedInferred", table: "Documents", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<string>(name: "Language", table: "Documents", maxLength: 10, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "AnalyzedAt", table: "Documents", nullable: true);

        migrationBuilder.CreateTable(
            name: "Statements",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                DocumentId = table.Column<int>(nullable: false),
                Ordinal = table.Column<int>(nullable: false),
                Fingerprint = table.Column<string>(maxLength: 64, nullable: false),
                Speaker = table.Column<string>(maxLength: 300, nullable: true),
                Actor = table.Column<string>(maxLength: 200, nullable: true),
                Text = table.Column<string>(nullable: false),
                Start = table.Column<int>(nullable: false),
                End = table.Column<int>(nullable: false),
                Direct = table.Column<bool>(nullable: false),
                Venue = table.Column<string>(maxLength: 300, nullable: true),
                Date = table.Column<string>(maxLength: 10, nullable: true),
                DateSort = table.Column<DateOnly>(nullable: true),
                ContinuationOf = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Statements", x => x.Id);
                table.ForeignKey("FK_Statements_Documents_DocumentId", x => x.DocumentId, "Documents", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "StatementStances",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                StatementId = table.Column<int>(nullable: false),
                Program = table.Column<string>(maxLength: 200, nullable: false),
                Score = table.Column<int>(nullable: false),
                Label = table.Column<string>(maxLength: 20, nullable: false),
                Conditional = table.Column<bool>(nullable: false),
                Confidence = table.Column<double>(nullable: false),
                CuesJson = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StatementStances", x => x.Id);
                table.ForeignKey("FK_StatementStances_Statements_StatementId", x => x.StatementId, "Statements", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "UtteranceClusters",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 20, nullable: false),
                DiscrepanciesJson = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_UtteranceClusters", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ClusterMembers",
            columns: table => new
            {
                ClusterId = table.Column<string>(maxLength: 20, nullable: false),
                StatementId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ClusterMembers", x => new { x.ClusterId, x.StatementId });
                table.ForeignKey("FK_ClusterMembers_UtteranceClusters_ClusterId", x => x.ClusterId, "UtteranceClusters", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ClusterMembers_Statements_StatementId", x => x.StatementId, "Statements", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Contradictions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                Fingerprint = table.Column<string>(maxLength: 300, nullable: false),
                Actor = table.Column<string>(maxLength: 200, nullable: false),
                Program = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                StatementAId = table.Column<int>(nullable: false),
                StatementBId = table.Column<int>(nullable: false),
                Strength = table.Column<double>(nullable: false),
                Explanation = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Contradictions", x => x.Id);
                table.ForeignKey("FK_Contradictions_Statements_StatementAId", x => x.StatementAId, "Statements", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Contradictions_Statements_StatementBId", x => x.StatementBId, "Statements", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MatrixCells",
            columns: table => new
            {
                Actor = table.Column<string>(maxLength: 200, nullable: false),
                Program = table.Column<string>(maxLength: 200, nullable: false),
                Stance = table.Column<string>(maxLength: 20, nullable: false),
                Score = table.Column<double>(nullable: false),
                Statements = table.Column<int>(nullable: false),
                Latest = table.Column<string>(maxLength: 20, nullable: false),
                Trend = table.Column<string>(maxLength: 10, nullable: false),
                LatestConditional = table.Column<bool>(nullable: false),
                CountsJson = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MatrixCells", x => new { x.Actor, x.Program }));

        migrationBuilder.CreateIndex("IX_Statements_Fingerprint", "Statements", "Fingerprint", unique: true);
        migrationBuilder.CreateIndex("IX_Statements_DocumentId_Ordinal", "Statements", ["DocumentId", "Ordinal"], unique: true);
        migrationBuilder.CreateIndex("IX_Statements_Actor_DateSort", "Statements", ["Actor", "DateSort"]);
        migrationBuilder.CreateIndex("IX_Statements_DateSort", "Statements", "DateSort");
        migrationBuilder.CreateIndex("IX_StatementStances_Program_StatementId", "StatementStances", ["Program", "StatementId"]);
        migrationBuilder.CreateIndex("IX_StatementStances_StatementId", "StatementStances", "StatementId");
        migrationBuilder.CreateIndex("IX_ClusterMembers_StatementId", "ClusterMembers", "StatementId");
        migrationBuilder.CreateIndex("IX_Contradictions_Fingerprint", "Contradictions", "Fingerprint", unique: true);
        migrationBuilder.CreateIndex("IX_Contradictions_Actor_Program", "Contradictions", ["Actor", "Program"]);
        migrationBuilder.CreateIndex("IX_Contradictions_StatementAId", "Contradictions", "StatementAId");
        migrationBuilder.CreateIndex("IX_Contradictions_StatementBId", "Contradictions", "StatementBId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "MatrixCells");
        migrationBuilder.DropTable(name: "Contradictions");
        migrationBuilder.DropTable(name: "ClusterMembers");
        migrationBuilder.DropTable(name: "UtteranceClusters");
        migrationBuilder.DropTable(name: "StatementStances");
        migrationBuilder.DropTable(name: "Statements");
        migrationBuilder.DropColumn(name: "AnalyzedAt", table: "Documents");
        migrationBuilder.DropColumn(name: "Language", table: "Documents");
        migrationBuilder.DropColumn(name: "PublishedInferred", table: "Documents");
    }
}
