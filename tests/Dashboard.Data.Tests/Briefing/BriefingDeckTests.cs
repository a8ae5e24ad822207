using Dashboard.Data.Annotations;
using Dashboard.Data.Briefing;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Briefing;

/// <summary>The team's deck: pinning, order, titles and notes, removal with undo, and the pins of the schema before it.</summary>
public sealed class BriefingDeckTests
{
    private const string LastBeforeSlides = "20261206014347_DocumentPages";

    [Fact]
    public async Task Slides_are_pinned_once_reordered_edited_removed_and_brought_back_where_they_were()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var deck = database.Get<BriefingDeck>();
        var told = new List<string>();
        using var subscription = database.Get<IAnnotationNotifier>().Subscribe(c =>
        {
            lock (told)
            {
                told.Add($"{c.Kind}:{c.TargetType}");
            }

            return Task.CompletedTask;
        });
        var target = (await deck.DeckAsync(null)).Id;
        var cells = (await database.Get<MatrixQueries>().GetAsync(DashboardFilter.None)).Cells.Values.Take(3).Select(c => CellKey.Of(c.Actor, c.Program)).ToList();
        foreach (var key in cells)
        {
            Assert.Null(await deck.PinAsync("cell", key, $"  {key}  ", "Ana"));
        }

        Assert.Null(await deck.PinAsync("cell", cells[0], "again", "Ben")); // already there: nothing added
        var slides = await deck.SlidesAsync(target);
        Assert.Equal(cells, slides.Select(s => s.TargetKey));
        Assert.Equal(cells[0], slides[0].Title); // trimmed
        Assert.StartsWith("latest ", slides[0].Snapshot, StringComparison.Ordinal);
        Assert.NotNull(slides[0].Lookup.Actor);

        Assert.True(await deck.MoveAsync(slides[2].Id, 0, "Ben"));
        Assert.Equal([cells[2], cells[0], cells[1]], (await deck.SlidesAsync(target)).Select(s => s.TargetKey));

        var first = (await deck.SlidesAsync(target))[0];
        var saved = await deck.EditAsync(first.Id, first.Version, "Where Roscosmos stands", "Open with the <b>date</b>.\nThen the quote.", "Ana");
        Assert.True(saved.Ok);
        var stale = await deck.EditAsync(first.Id, first.Version, "An older idea", "", "Ben"); // based on the version before Ana's
        Assert.False(stale.Ok);
        Assert.Equal("Where Roscosmos stands", stale.Theirs?.Title);
        Assert.Equal("Open with the <b>date</b>.\nThen the quote.", (await deck.SlidesAsync(target))[0].Notes);
        Assert.NotNull((await deck.EditAsync(first.Id, saved.Saved!.Version, " ", "", "Ana")).Error); // a title is needed
        Assert.NotNull((await deck.EditAsync(first.Id, saved.Saved!.Version, "t", new string('x', BriefingDeck.MaxNotesLength + 1), "Ana")).Error);

        Assert.True(await deck.RemoveAsync(first.Id, "Ana"));
        Assert.False(await deck.RemoveAsync(first.Id, "Ana")); // gone already
        Assert.False(await deck.IsPinnedAsync("cell", cells[2]));
        Assert.Equal(2, (await deck.SlidesAsync(target)).Count);
        Assert.True(await deck.RestoreAsync(first.Id, "Ana"));
        Assert.Equal([cells[2], cells[0], cells[1]], (await deck.SlidesAsync(target)).Select(s => s.TargetKey)); // back where it was
        Assert.Equal("Where Roscosmos stands", (await deck.SlidesAsync(target))[0].Title);

        var removed = await deck.UnpinAsync("cell", cells[1], "Ben");
        Assert.NotNull(removed);
        Assert.Null(await deck.PinAsync("cell", cells[1], "pinned anew", "Ben"));
        Assert.False(await deck.RestoreAsync(removed.Value, "Ben")); // pinned again meanwhile: one slide per item
        Assert.Null(await deck.UnpinAsync("statement", "never-pinned", "Ben"));

        // The in-process notifier tells each view on a task of its own: the last ones may still be on their way.
        bool Told(string change)
        {
            lock (told)
            {
                return told.Contains(change);
            }
        }

        for (var wait = 0; wait < 200 && !(Told("pin:cell") && Told("slide:briefing")); wait++)
        {
            await Task.Delay(50);
        }

        Assert.True(Told("pin:cell"));
        Assert.True(Told("slide:briefing"));
    }

    [Fact]
    public async Task Each_meeting_has_its_briefing_and_pins_go_to_the_newest()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var deck = database.Get<BriefingDeck>();
        var cell = (await database.Get<MatrixQueries>().GetAsync(DashboardFilter.None)).Cells.Values.First();
        var key = CellKey.Of(cell.Actor, cell.Program);
        var first = await deck.DeckAsync(null);
        Assert.Null(await deck.PinAsync("cell", key, "in the first", "Ana"));

        var (review, error) = await deck.CreateAsync("  Moscow review  ", new DateOnly(2026, 12, 10), "Ana");
        Assert.Null(error);
        Assert.Equal("Moscow review · 2026-12-10", review!.Label);
        Assert.False(await deck.IsPinnedAsync("cell", key)); // the new briefing is the one being prepared
        Assert.Null(await deck.PinAsync("cell", key, "in the review", "Ben"));
        Assert.Equal(["in the review"], (await deck.SlidesAsync(review.Id)).Select(s => s.Title));
        Assert.Equal(["in the first"], (await deck.SlidesAsync(first.Id)).Select(s => s.Title));
        Assert.Equal([review.Id, first.Id], (await deck.DecksAsync()).Select(d => d.Id));
        Assert.Equal([1, 1], (await deck.DecksAsync()).Select(d => d.Slides));
        Assert.Equal(review.Id, (await deck.DeckAsync(null)).Id);
        Assert.Equal(first.Id, (await deck.DeckAsync(first.Id)).Id);
        Assert.Equal(review.Id, (await deck.DeckAsync(999_999)).Id); // gone: the newest

        Assert.NotNull((await deck.CreateAsync(" ", null, "Ana")).Error);
        Assert.NotNull((await deck.CreateAsync(new string('x', BriefingDeck.MaxNameLength + 1), null, "Ana")).Error);
        Assert.Null(await deck.RenameAsync(first.Id, "Kick-off", null));
        Assert.Equal("Kick-off", (await deck.DeckAsync(first.Id)).Label);
        Assert.NotNull(await deck.RenameAsync(999_999, "x", null));
    }

    [Fact]
    public async Task A_deck_of_the_largest_size_refuses_another_pin_with_a_message()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var deck = database.Get<BriefingDeck>();
        var target = (await deck.DeckAsync(null)).Id;
        for (var i = 0; i < BriefingDeck.MaxSlides; i++)
        {
            await using var db = await database.OpenAsync();
            db.Slides.Add(new Entities.Slide { DeckId = target, TargetType = "statement", TargetKey = $"fp{i}", Title = $"slide {i}", Position = i + 1, PinnedBy = "Ana", PinnedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var refusal = await deck.PinAsync("statement", "one-more", "one more", "Ana");

        Assert.Contains($"{BriefingDeck.MaxSlides} slides", refusal, StringComparison.Ordinal);
        Assert.Equal(BriefingDeck.MaxSlides, (await deck.SlidesAsync(target)).Count);
        Assert.Equal(BriefingDeck.MaxSlides, (await database.Get<BriefingQueries>().SlidesAsync(target)).Count); // every one says its item is gone, none is lost
    }

    [Fact]
    public async Task The_pins_of_the_schema_before_the_deck_become_its_slides_in_the_order_they_were_pinned()
    {
        using var database = await TestDatabase.CreateMigratedToAsync(LastBeforeSlides);
        await Pin(database, "contradiction", "fp-b", "Second pinned", "Ben", "2026-12-02 10:00:00", deleted: false);
        await Pin(database, "cell", "Roscosmos|Artemis", "First pinned", "Ana", "2026-12-01 10:00:00", deleted: false);
        await Pin(database, "statement", "fp-c", "Unpinned before the upgrade", "Ana", "2026-12-03 10:00:00", deleted: true);
        await database.ScalarAsync("INSERT INTO Annotations (Kind, TargetType, TargetKey, Body, Author, CreatedAt, UpdatedAt, Version, Deleted) "
            + "VALUES ('note', 'cell', 'Roscosmos|Artemis', 'A note stays a note.', 'Ana', '2026-12-01 11:00:00', '2026-12-01 11:00:00', 1, '0');");

        await database.Get<DatabaseInitializer>().InitializeAsync();

        var decks = await database.Get<BriefingDeck>().DecksAsync();
        Assert.Equal(BriefingDeck.DefaultName, Assert.Single(decks).Name);
        var slides = await database.Get<BriefingDeck>().SlidesAsync(decks[0].Id);
        Assert.Equal(["First pinned", "Second pinned"], slides.Select(s => s.Title));
        Assert.Equal(["Ana", "Ben"], slides.Select(s => s.PinnedBy));
        Assert.Equal(["cell", "contradiction"], slides.Select(s => s.TargetType));
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM Annotations WHERE Kind = 'pin' AND Deleted = '0';"));
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM Annotations WHERE Kind = 'note' AND Deleted = '0';"));
    }

    private static Task<object?> Pin(TestDatabase database, string type, string key, string title, string author, string at, bool deleted) =>
        database.ScalarAsync("INSERT INTO Annotations (Kind, TargetType, TargetKey, Body, Author, CreatedAt, UpdatedAt, Version, Deleted) "
            + $"VALUES ('pin', '{type}', '{key}', '{title}', '{author}', '{at}', '{at}', 1, '{(deleted ? 1 : 0)}');");
}
