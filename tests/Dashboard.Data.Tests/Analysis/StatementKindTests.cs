using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Analysis;

/// <summary>Whether a statement is someone's words or an act the article reports, stored with it and kept across the upgrade that added it.</summary>
public sealed class StatementKindTests
{
    private const string LastBeforeKinds = "20261201001300_AccountsOnIdentity";

    [Fact]
    public async Task Statements_stored_before_kinds_existed_are_kept_and_read_as_words_said()
    {
        using var database = await TestDatabase.CreateMigratedToAsync(LastBeforeKinds);
        await database.InsertDocumentAsync("old.txt", "Rogozin said Russia would stay.");
        await database.ScalarAsync("INSERT INTO Statements (DocumentId, Ordinal, Fingerprint, Text, Start, \"End\", Direct) SELECT Id, 0, 'f-old', 'Russia would stay.', 13, 31, FALSE FROM Documents;");

        await database.Get<DatabaseInitializer>().InitializeAsync();

        await using var upgraded = await database.OpenAsync();
        var statement = await upgraded.Statements.SingleAsync(s => s.Fingerprint == "f-old");
        Assert.Equal(("Russia would stay.", "said"), (statement.Text, statement.Kind));
    }

    [Fact]
    public async Task An_act_the_article_reports_is_stored_as_an_act_and_words_as_said()
    {
        using var database = TestDatabase.Create();
        await database.Get<DatabaseInitializer>().InitializeAsync();
        const string text = "title: Two news\n\nPoland has joined the Artemis Accords at a ceremony in Warsaw.\n\n\"We will contribute to the Lunar Gateway,\" Josef Aschbacher said on Monday.\n";
        await database.InsertDocumentAsync("kinds.txt", text);

        await database.Get<Dashboard.Data.Analysis.AnalysisStore>().AnalyzePendingAsync();

        await using var db = await database.OpenAsync();
        var kinds = await db.Statements.Where(s => s.Document!.FileName == "kinds.txt").OrderBy(s => s.Ordinal).Select(s => new { s.Actor, s.Kind }).ToListAsync();
        Assert.Contains(kinds, k => k.Actor == "Polish Space Agency" && k.Kind == "act");
        Assert.Contains(kinds, k => k.Actor == "ESA" && k.Kind == "said");
    }
}
