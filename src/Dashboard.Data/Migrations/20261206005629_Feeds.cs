using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    [DbContext(typeof(DashboardDbContext))]
    [Migration("20261206005629_Feeds")]
    public partial class Feeds : Migration
    {
        private static readonly string[] FeedAndLink = ["FeedId", "Link"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Feeds",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Identity(),
                    Url = table.Column<string>(maxLength: 2048, nullable: false),
                    Title = table.Column<string>(maxLength: 300, nullable: true),
                    IntervalMinutes = table.Column<int>(nullable: false),
                    AddedBy = table.Column<string>(maxLength: 100, nullable: false),
                    AddedAt = table.Column<DateTime>(nullable: false),
                    NextPollAt = table.Column<DateTime>(nullable: false),
                    LastPolledAt = table.Column<DateTime>(nullable: true),
                    LastResult = table.Column<string>(maxLength: 500, nullable: true),
                    LastFailed = table.Column<bool>(nullable: false),
                    ConsecutiveFailures = table.Column<int>(nullable: false),
                    ItemsImported = table.Column<int>(nullable: false),
                    LeaseOwner = table.Column<string>(maxLength: 64, nullable: true),
                    LeaseUntil = table.Column<DateTime>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeedItems",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Identity(),
                    FeedId = table.Column<int>(nullable: false),
                    Link = table.Column<string>(maxLength: 2048, nullable: false),
                    FirstSeenAt = table.Column<DateTime>(nullable: false),
                    Outcome = table.Column<string>(maxLength: 20, nullable: false),
                    Detail = table.Column<string>(maxLength: 300, nullable: true),
                    DocumentId = table.Column<int>(nullable: true),
                    Attempts = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedItems_Feeds_FeedId",
                        column: x => x.FeedId,
                        principalTable: "Feeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedItems_FeedId_Link",
                table: "FeedItems",
                columns: FeedAndLink,
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feeds_NextPollAt",
                table: "Feeds",
                column: "NextPollAt");

            migrationBuilder.CreateIndex(
                name: "IX_Feeds_Url",
                table: "Feeds",
                column: "Url",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedItems");

            migrationBuilder.DropTable(
                name: "Feeds");
        }
    }
}
