using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    [DbContext(typeof(DashboardDbContext))]
    [Migration("20261206050520_Briefings")]
    public partial class Briefings : Migration
    {
        private static readonly string[] TypeAndKey = ["TargetType", "TargetKey"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Decks",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Identity(),
                    Name = table.Column<string>(maxLength: 120, nullable: false),
                    MeetingOn = table.Column<DateOnly>(nullable: true),
                    CreatedBy = table.Column<string>(maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Slides",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Identity(),
                    DeckId = table.Column<int>(nullable: false),
                    TargetType = table.Column<string>(maxLength: 20, nullable: false),
                    TargetKey = table.Column<string>(maxLength: 400, nullable: false),
                    Title = table.Column<string>(maxLength: 300, nullable: false),
                    Notes = table.Column<string>(maxLength: 4000, nullable: false),
                    Position = table.Column<int>(nullable: false),
                    Snapshot = table.Column<string>(maxLength: 600, nullable: false),
                    LookupActor = table.Column<string>(maxLength: 200, nullable: true),
                    LookupProgram = table.Column<string>(maxLength: 200, nullable: true),
                    LookupWords = table.Column<string>(maxLength: 200, nullable: true),
                    PinnedBy = table.Column<string>(maxLength: 100, nullable: false),
                    PinnedAt = table.Column<DateTime>(nullable: false),
                    EditedBy = table.Column<string>(maxLength: 100, nullable: true),
                    RemovedAt = table.Column<DateTime>(nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Slides", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Slides_Decks_DeckId",
                        column: x => x.DeckId,
                        principalTable: "Decks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Slides_DeckId",
                table: "Slides",
                column: "DeckId");

            migrationBuilder.CreateIndex(
                name: "IX_Slides_TargetType_TargetKey",
                table: "Slides",
                columns: TypeAndKey);

            // One briefing to begin with; the pins so far (annotations of kind "pin") become its slides, in the order they were pinned.
            migrationBuilder.Sql("""INSERT INTO "Decks" ("Name", "CreatedBy", "CreatedAt") VALUES ('Briefing', 'dashboard', CURRENT_TIMESTAMP);""");
            migrationBuilder.Sql("""
                INSERT INTO "Slides" ("DeckId", "TargetType", "TargetKey", "Title", "Notes", "Position", "Snapshot", "PinnedBy", "PinnedAt", "Version")
                SELECT (SELECT MIN("Id") FROM "Decks"), "TargetType", "TargetKey", substr("Body", 1, 300), '', ROW_NUMBER() OVER (ORDER BY "CreatedAt", "Id"), '', "Author", "CreatedAt", 1
                FROM "Annotations" WHERE "Kind" = 'pin' AND NOT "Deleted";
                """);
            migrationBuilder.Sql("""UPDATE "Annotations" SET "Deleted" = TRUE WHERE "Kind" = 'pin' AND NOT "Deleted";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The slides become pins again (briefings, order, notes and removed slides go with the tables).
            migrationBuilder.Sql("""
                INSERT INTO "Annotations" ("Kind", "TargetType", "TargetKey", "Body", "Author", "CreatedAt", "UpdatedAt", "Version", "Deleted")
                SELECT 'pin', "TargetType", "TargetKey", "Title", "PinnedBy", "PinnedAt", "PinnedAt", 1, FALSE
                FROM "Slides" WHERE "RemovedAt" IS NULL ORDER BY "DeckId", "Position", "Id";
                """);
            migrationBuilder.DropTable(
                name: "Slides");

            migrationBuilder.DropTable(
                name: "Decks");
        }
    }
}
