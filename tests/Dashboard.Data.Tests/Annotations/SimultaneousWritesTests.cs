using Dashboard.Data.Annotations;
using Dashboard.Data.Briefing;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Annotations;

/// <summary>
/// Two people on two servers of one database doing the same thing at the same moment: one verdict,
/// one tag, one slide per item, and the second person told what is there instead (decision 027).
/// On SQLite the two writes queue; on PostgreSQL they race. Either way the database decides.
/// </summary>
public sealed class SimultaneousWritesTests
{
    private const int Rounds = 8;

    [Fact]
    public async Task Two_verdicts_at_once_leave_one_and_the_second_person_sees_the_first_as_a_conflict()
    {
        using var first = await TestDatabase.CreateInitializedAsync();
        using var second = first.SecondProcess();
        for (var round = 0; round < Rounds; round++)
        {
            var key = $"reversal:a{round}~b{round}~Lunar Gateway";
            var results = await Task.WhenAll(
                first.Get<AnnotationService>().AddAsync("verdict", "contradiction", key, "", "confirmed", "Ana"),
                second.Get<AnnotationService>().AddAsync("verdict", "contradiction", key, "", "dismissed", "Ben"));

            var saved = Assert.Single(results, r => r.Ok);
            var refused = Assert.Single(results, r => !r.Ok);
            Assert.Equal(saved.Saved!.Verdict, refused.Conflict?.Current.Verdict);
            await using var db = await first.OpenAsync();
            Assert.Equal(1, await db.Annotations.CountAsync(a => a.Kind == "verdict" && !a.Deleted && a.TargetKey == key));
        }
    }

    [Fact]
    public async Task The_same_tag_twice_at_once_is_one_tag_and_the_second_is_told_who_added_it()
    {
        using var first = await TestDatabase.CreateInitializedAsync();
        using var second = first.SecondProcess();
        for (var round = 0; round < Rounds; round++)
        {
            var key = $"fingerprint-{round}";
            var results = await Task.WhenAll(
                first.Get<AnnotationService>().AddAsync("tag", "statement", key, "budget", null, "Ana"),
                second.Get<AnnotationService>().AddAsync("tag", "statement", key, "budget", null, "Ben"));

            var saved = Assert.Single(results, r => r.Ok);
            var refused = Assert.Single(results, r => !r.Ok);
            Assert.Equal($"“budget” is already a tag here (added by {saved.Saved!.Author}).", refused.Error);
        }

        // Another case is the same tag too; another wording is another tag.
        Assert.NotNull((await first.Get<AnnotationService>().AddAsync("tag", "statement", "fingerprint-0", "Budget", null, "Ben")).Error);
        Assert.True((await first.Get<AnnotationService>().AddAsync("tag", "statement", "fingerprint-0", "budget cut", null, "Ben")).Ok);
    }

    [Fact]
    public async Task One_item_pinned_twice_at_once_is_one_slide_and_its_undo_cannot_make_a_second()
    {
        using var first = await TestDatabase.CreateInitializedAsync();
        using var second = first.SecondProcess();
        for (var round = 0; round < Rounds; round++)
        {
            var key = $"Roscosmos|Program {round}";
            var refusals = await Task.WhenAll(
                first.Get<BriefingDeck>().PinAsync("cell", key, "Where Roscosmos stands", "Ana"),
                second.Get<BriefingDeck>().PinAsync("cell", key, "Where Roscosmos stands", "Ben"));

            Assert.All(refusals, Assert.Null); // nothing to tell: the item is pinned
            await using var db = await first.OpenAsync();
            Assert.Equal(1, await db.Slides.CountAsync(s => s.TargetKey == key && s.RemovedAt == null));
        }

        // Removed, pinned again, then the removal undone: still one slide.
        var deck = first.Get<BriefingDeck>();
        var slide = (await deck.SlidesAsync((await deck.DeckAsync(null)).Id))[0];
        Assert.True(await deck.RemoveAsync(slide.Id, "Ana"));
        Assert.Null(await second.Get<BriefingDeck>().PinAsync(slide.TargetType, slide.TargetKey, "again", "Ben"));
        Assert.False(await deck.RestoreAsync(slide.Id, "Ana"));
        await using var check = await first.OpenAsync();
        Assert.Equal(1, await check.Slides.CountAsync(s => s.TargetKey == slide.TargetKey && s.RemovedAt == null));
    }

    [Fact]
    public async Task Duplicates_left_by_earlier_races_are_set_aside_by_the_upgrade_and_nothing_is_removed()
    {
        using var database = await TestDatabase.CreateMigratedToAsync("20261206150936_FindingSides");
        foreach (var (kind, key, body, verdict, at) in new[]
        {
            ("verdict", "k1", "", "confirmed", "2026-12-01 10:00:00"),
            ("verdict", "k1", "", "dismissed", "2026-12-01 11:00:00"), // the later one: every view showed this
            ("tag", "k1", "budget", "", "2026-12-01 10:00:00"),
            ("tag", "k1", "budget", "", "2026-12-01 10:00:01"),
        })
        {
            await database.ScalarAsync("INSERT INTO Annotations (Kind, TargetType, TargetKey, Body, Verdict, Author, CreatedAt, UpdatedAt, Version, Deleted) VALUES "
                + $"('{kind}', 'contradiction', '{key}', '{body}', {(verdict.Length == 0 ? "NULL" : $"'{verdict}'")}, 'Ana', '{at}', '{at}', 1, FALSE);");
        }

        await database.ScalarAsync("INSERT INTO Decks (Name, CreatedBy, CreatedAt) VALUES ('Monday', 'Ana', '2026-12-01 10:00:00');");
        for (var i = 1; i <= 2; i++)
        {
            await database.ScalarAsync("INSERT INTO Slides (DeckId, TargetType, TargetKey, Title, Notes, Position, Snapshot, PinnedBy, PinnedAt, Version) "
                + $"SELECT MAX(Id), 'cell', 'NASA|Artemis', 'Slide {i}', '', {i}, '', 'Ana', '2026-12-01 10:00:0{i}', 1 FROM Decks;");
        }

        await database.Get<DatabaseInitializer>().InitializeAsync();

        await using var db = await database.OpenAsync();
        Assert.Equal(4, await db.Annotations.CountAsync());
        Assert.Equal("dismissed", (await db.Annotations.SingleAsync(a => a.Kind == "verdict" && !a.Deleted)).Verdict);
        Assert.Single(await db.Annotations.Where(a => a.Kind == "tag" && !a.Deleted).ToListAsync());
        Assert.Equal(2, await db.Slides.CountAsync());
        Assert.Equal("Slide 1", (await db.Slides.SingleAsync(s => s.RemovedAt == null)).Title);
    }
}
