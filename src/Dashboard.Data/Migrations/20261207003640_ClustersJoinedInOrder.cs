using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    [DbContext(typeof(DashboardDbContext))]
    [Migration("20261207003640_ClustersJoinedInOrder")]
    public partial class ClustersJoinedInOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The clusterer now meets each utterance's pairs in index order (decision 033), so stored
            // clusters may differ from what a rebuild gives; corrections compare with the clusters a
            // rebuild or a server's start found. The next start rebuilds the results once.
            migrationBuilder.Sql("""
                INSERT INTO "AppSettings" ("Key", "Value")
                SELECT 'CorpusStale', '1'
                WHERE NOT EXISTS (SELECT 1 FROM "AppSettings" WHERE "Key" = 'CorpusStale')
                  AND EXISTS (SELECT 1 FROM "Statements");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
