using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <summary>
    /// One live verdict per item, one live tag of a wording per item, one live slide per item in a
    /// briefing, kept by unique indexes (decision 027). Duplicates that races left behind are set
    /// aside first, never removed: the latest verdict stays (the one every view showed), the first
    /// tag and the first slide (its place in the deck) stay; the others are marked deleted or removed,
    /// as an undo would find them.
    /// </summary>
    [DbContext(typeof(DashboardDbContext))]
    [Migration("20261206155357_OneVerdictTagAndPin")]
    public partial class OneVerdictTagAndPin : Migration
    {
        private static readonly string[] DeckTypeAndKey = ["DeckId", "TargetType", "TargetKey"];
        private static readonly string[] TypeKeyAndBody = ["TargetType", "TargetKey", "Body"];
        private static readonly string[] TypeAndKey = ["TargetType", "TargetKey"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Annotations" SET "Deleted" = TRUE
                WHERE "Kind" = 'verdict' AND "Deleted" = FALSE AND EXISTS (
                    SELECT 1 FROM "Annotations" AS later
                    WHERE later."Kind" = 'verdict' AND later."Deleted" = FALSE AND later."TargetType" = "Annotations"."TargetType"
                      AND later."TargetKey" = "Annotations"."TargetKey" AND later."Id" > "Annotations"."Id");
                """);
            migrationBuilder.Sql("""
                UPDATE "Annotations" SET "Deleted" = TRUE
                WHERE "Kind" = 'tag' AND "Deleted" = FALSE AND EXISTS (
                    SELECT 1 FROM "Annotations" AS earlier
                    WHERE earlier."Kind" = 'tag' AND earlier."Deleted" = FALSE AND earlier."TargetType" = "Annotations"."TargetType"
                      AND earlier."TargetKey" = "Annotations"."TargetKey" AND earlier."Body" = "Annotations"."Body" AND earlier."Id" < "Annotations"."Id");
                """);
            migrationBuilder.Sql("""
                UPDATE "Slides" SET "RemovedAt" = CURRENT_TIMESTAMP
                WHERE "RemovedAt" IS NULL AND EXISTS (
                    SELECT 1 FROM "Slides" AS earlier
                    WHERE earlier."RemovedAt" IS NULL AND earlier."DeckId" = "Slides"."DeckId" AND earlier."TargetType" = "Slides"."TargetType"
                      AND earlier."TargetKey" = "Slides"."TargetKey" AND earlier."Id" < "Slides"."Id");
                """);

            migrationBuilder.CreateIndex(
                name: "UX_Slides_PinnedOnce",
                table: "Slides",
                columns: DeckTypeAndKey,
                unique: true,
                filter: "\"RemovedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "UX_Annotations_OneTag",
                table: "Annotations",
                columns: TypeKeyAndBody,
                unique: true,
                filter: "\"Kind\" = 'tag' AND \"Deleted\" = FALSE");

            migrationBuilder.CreateIndex(
                name: "UX_Annotations_OneVerdict",
                table: "Annotations",
                columns: TypeAndKey,
                unique: true,
                filter: "\"Kind\" = 'verdict' AND \"Deleted\" = FALSE");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "UX_Slides_PinnedOnce",
                table: "Slides");

            migrationBuilder.DropIndex(
                name: "UX_Annotations_OneTag",
                table: "Annotations");

            migrationBuilder.DropIndex(
                name: "UX_Annotations_OneVerdict",
                table: "Annotations");
        }
    }
}
