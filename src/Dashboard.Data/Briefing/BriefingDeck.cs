using Dashboard.Data.Annotations;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Briefing;

/// <summary>A briefing (one per meeting) as the views list it.</summary>
public sealed record DeckView(int Id, string Name, DateOnly? MeetingOn, string CreatedBy, DateTime CreatedAt, int Slides)
{
    /// <summary>"Moscow review · 2026-12-10" or the name alone.</summary>
    public string Label => MeetingOn is { } day ? $"{Name} · {day:yyyy-MM-dd}" : Name;
}

/// <summary>A slide as the views show and edit it.</summary>
public sealed record SlideView(
    int Id, string TargetType, string TargetKey, string Title, string Notes, string Snapshot, SlideLookup Lookup, string PinnedBy, DateTime PinnedAt, string? EditedBy, int Version)
{
    /// <summary>What kind of item the slide shows, in the views' words ("matrix cell", "source comparison").</summary>
    public string KindName => TargetType switch
    {
        "cell" => "matrix cell",
        "cluster" => "source comparison",
        _ => TargetType,
    };
}

/// <summary>An edit's outcome: the slide as saved, or why not (and, after a colleague's edit, their version).</summary>
public sealed record SlideEdit(SlideView? Saved, SlideView? Theirs, string? Error)
{
    public bool Ok => Saved is not null;
}

/// <summary>
/// The team's briefings, one per meeting, and their slides: pinning and unpinning items (into the
/// newest briefing, the one being prepared), their order, titles and speaker notes, removal with
/// undo. Every change is told to every open view through the annotation channel (a pin change
/// under the item's own key, so its pin buttons follow; other changes as <see cref="ChangeType"/>),
/// across app instances.
/// </summary>
public sealed class BriefingDeck(IDbContextFactory<DashboardDbContext> contextFactory, BriefingQueries briefing, IAnnotationNotifier notifier, TimeProvider clock)
{
    public const string PinKind = "pin";
    public const string ChangeType = "briefing";
    public const int MaxTitleLength = 300;
    public const int MaxNameLength = 120;

    /// <summary>The name of the briefing made when none exists (and of the one the pins of old databases moved into).</summary>
    public const string DefaultName = "Briefing";
    public const int MaxNotesLength = 4_000;

    /// <summary>More slides than any meeting shows; a deck this long refuses another pin with a message.</summary>
    public const int MaxSlides = 500;

    /// <summary>Every briefing, the newest (the one pins go to) first.</summary>
    public async Task<IReadOnlyList<DeckView>> DecksAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Slides.Where(s => s.RemovedAt == null).GroupBy(s => s.DeckId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return (await db.Decks.AsNoTracking().OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).ToListAsync(cancellationToken))
            .Select(d => ToView(d, counts.GetValueOrDefault(d.Id))).ToList();
    }

    /// <summary>The briefing with this id; with none (or one that is gone), the newest, made first if there is none at all.</summary>
    public async Task<DeckView> DeckAsync(int? id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deck = (id is { } asked ? await db.Decks.AsNoTracking().FirstOrDefaultAsync(d => d.Id == asked, cancellationToken) : null)
            ?? await TargetAsync(db, cancellationToken);
        return ToView(deck, await db.Slides.CountAsync(s => s.DeckId == deck.Id && s.RemovedAt == null, cancellationToken));
    }

    /// <summary>Starts a briefing for a meeting; it becomes the one pins go to. The briefing, or why not.</summary>
    public async Task<(DeckView? Deck, string? Error)> CreateAsync(string name, DateOnly? meetingOn, string who, CancellationToken cancellationToken = default)
    {
        if (NameError(name) is { } error)
        {
            return (null, error);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deck = new Deck { Name = name.Trim(), MeetingOn = meetingOn, CreatedBy = who, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Decks.Add(deck);
        await db.SaveChangesAsync(cancellationToken);
        Tell(deck.Id);
        return (ToView(deck, 0), null);
    }

    /// <summary>Renames a briefing or changes its day; null when saved, else why not.</summary>
    public async Task<string?> RenameAsync(int id, string name, DateOnly? meetingOn, CancellationToken cancellationToken = default)
    {
        if (NameError(name) is { } error)
        {
            return error;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deck = await db.Decks.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (deck is null)
        {
            return "This briefing is gone.";
        }

        (deck.Name, deck.MeetingOn) = (name.Trim(), meetingOn);
        await db.SaveChangesAsync(cancellationToken);
        Tell(id);
        return null;
    }

    /// <summary>The slides of a briefing in their order.</summary>
    public async Task<IReadOnlyList<SlideView>> SlidesAsync(int deckId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await Active(db, deckId).ToListAsync(cancellationToken)).Select(ToView).ToList();
    }

    /// <summary>Whether the item is on the briefing being prepared (the newest).</summary>
    public async Task<bool> IsPinnedAsync(string targetType, string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deck = await TargetAsync(db, cancellationToken);
        return await db.Slides.AnyAsync(s => s.DeckId == deck.Id && s.RemovedAt == null && s.TargetType == targetType && s.TargetKey == key, cancellationToken);
    }

    /// <summary>Adds the item as the last slide of the briefing being prepared, with what it says now; null when pinned (or already there), else why not.</summary>
    public async Task<string?> PinAsync(string targetType, string key, string title, string who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(title);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deck = await TargetAsync(db, cancellationToken);
        var slides = db.Slides.Where(s => s.DeckId == deck.Id && s.RemovedAt == null);
        if (await slides.AnyAsync(s => s.TargetType == targetType && s.TargetKey == key, cancellationToken))
        {
            return null;
        }

        if (await slides.CountAsync(cancellationToken) >= MaxSlides)
        {
            return $"“{deck.Name}” has {MaxSlides} slides, more than a meeting can show: remove some before pinning more.";
        }

        var content = await briefing.ResolveOneAsync(targetType, key, cancellationToken);
        var lookup = content is null ? new SlideLookup(null, null, null) : SlideSnapshot.Lookup(content);
        var last = await slides.MaxAsync(s => (int?)s.Position, cancellationToken) ?? 0;
        db.Slides.Add(new Slide
        {
            DeckId = deck.Id,
            TargetType = targetType,
            TargetKey = key,
            Title = Bounded(title.Trim(), MaxTitleLength),
            Snapshot = content is null ? "" : SlideSnapshot.Describe(content),
            LookupActor = lookup.Actor,
            LookupProgram = lookup.Program,
            LookupWords = lookup.Words,
            Position = last + 1,
            PinnedBy = who,
            PinnedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            return null; // pinned by someone else a moment ago (another browser, another server): it is there, once
        }

        notifier.Publish(new AnnotationChange(targetType, key, 0, PinKind));
        return null;
    }

    /// <summary>Takes the item off the briefing being prepared (its pin button pressed again); the slide's id, for an undo, or null when it was not there.</summary>
    public async Task<int?> UnpinAsync(string targetType, string key, string who, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deck = await TargetAsync(db, cancellationToken);
        var slide = await db.Slides.Where(s => s.DeckId == deck.Id && s.RemovedAt == null && s.TargetType == targetType && s.TargetKey == key)
            .OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        return slide is not null && await RemoveAsync(slide.Id, who, cancellationToken) ? slide.Id : null;
    }

    /// <summary>Removes a slide; the row stays, so <see cref="RestoreAsync"/> brings it back where it was. False when it was gone already.</summary>
    public async Task<bool> RemoveAsync(int id, string who, CancellationToken cancellationToken = default) =>
        await SetRemovedAsync(id, removed: true, who, cancellationToken);

    public async Task<bool> RestoreAsync(int id, string who, CancellationToken cancellationToken = default) =>
        await SetRemovedAsync(id, removed: false, who, cancellationToken);

    /// <summary>
    /// Moves a slide to <paramref name="index"/> (0 = first) of its briefing as it is now and numbers
    /// the briefing again, in one transaction. False when the slide is no longer there.
    /// </summary>
    public async Task<bool> MoveAsync(int id, int index, string who, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deckId = await db.Slides.Where(s => s.Id == id && s.RemovedAt == null).Select(s => (int?)s.DeckId).FirstOrDefaultAsync(cancellationToken);
        var deck = deckId is { } found ? await Active(db, found).ToListAsync(cancellationToken) : [];
        var slide = deck.Find(s => s.Id == id);
        if (slide is null)
        {
            return false;
        }

        deck.Remove(slide);
        deck.Insert(Math.Clamp(index, 0, deck.Count), slide);
        for (var i = 0; i < deck.Count; i++)
        {
            deck[i].Position = i + 1;
        }

        slide.EditedBy = who;
        await db.SaveChangesAsync(cancellationToken);
        notifier.Publish(new AnnotationChange(ChangeType, id.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, "slide"));
        return true;
    }

    /// <summary>Saves a title and speaker notes on top of <paramref name="version"/>; a colleague's later edit is returned, not overwritten.</summary>
    public async Task<SlideEdit> EditAsync(int id, int version, string title, string notes, string who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(notes);
        title = title.Trim();
        if (title.Length == 0)
        {
            return new SlideEdit(null, null, "A slide needs a title.");
        }

        if (title.Length > MaxTitleLength || notes.Length > MaxNotesLength)
        {
            return new SlideEdit(null, null, $"A title takes at most {MaxTitleLength} characters and notes {MaxNotesLength:N0}: nothing was saved.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var slide = await db.Slides.FirstOrDefaultAsync(s => s.Id == id && s.RemovedAt == null, cancellationToken);
        if (slide is null)
        {
            return new SlideEdit(null, null, "This slide was removed meanwhile: nothing was saved.");
        }

        if (slide.Version != version)
        {
            return new SlideEdit(null, ToView(slide), null);
        }

        slide.Title = title;
        slide.Notes = notes;
        slide.EditedBy = who;
        slide.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            var theirs = await fresh.Slides.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            return new SlideEdit(null, theirs is null ? null : ToView(theirs), theirs is null ? "This slide was removed meanwhile: nothing was saved." : null);
        }

        notifier.Publish(new AnnotationChange(ChangeType, id.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, "slide"));
        return new SlideEdit(ToView(slide), null, null);
    }

    private async Task<bool> SetRemovedAsync(int id, bool removed, string who, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var slide = await db.Slides.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (slide is null || (slide.RemovedAt is not null) == removed)
        {
            return false;
        }

        if (!removed && await db.Slides.AnyAsync(s => s.DeckId == slide.DeckId && s.RemovedAt == null && s.TargetType == slide.TargetType && s.TargetKey == slide.TargetKey, cancellationToken))
        {
            return false; // pinned again meanwhile: one slide per item
        }

        slide.RemovedAt = removed ? clock.GetUtcNow().UtcDateTime : null;
        slide.EditedBy = who;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (!removed && DatabaseErrors.IsUniqueViolation(ex))
        {
            return false; // pinned again by someone else at this very moment: the check above could not see it
        }

        notifier.Publish(new AnnotationChange(slide.TargetType, slide.TargetKey, 0, PinKind));
        return true;
    }

    /// <summary>A briefing's slides in their order (removed ones left out): the one definition of the deck's order.</summary>
    internal static IQueryable<Slide> Active(DashboardDbContext db, int deckId) =>
        db.Slides.Where(s => s.DeckId == deckId && s.RemovedAt == null).OrderBy(s => s.Position).ThenBy(s => s.Id);

    /// <summary>The newest briefing, the one pins go to; a first one is made when there is none.</summary>
    private async Task<Deck> TargetAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Decks.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).FirstOrDefaultAsync(cancellationToken) is { } newest)
        {
            return newest;
        }

        var first = new Deck { Name = DefaultName, CreatedBy = "dashboard", CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Decks.Add(first);
        await db.SaveChangesAsync(cancellationToken);
        return first;
    }

    private static string? NameError(string name) =>
        string.IsNullOrWhiteSpace(name) ? "A briefing needs a name."
        : name.Trim().Length > MaxNameLength ? $"A briefing's name takes at most {MaxNameLength} characters."
        : null;

    private void Tell(int deckId) => notifier.Publish(new AnnotationChange(ChangeType, deckId.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, "deck"));

    private static DeckView ToView(Deck d, int slides) => new(d.Id, d.Name, d.MeetingOn, d.CreatedBy, d.CreatedAt, slides);

    internal static SlideView ToView(Slide s) =>
        new(s.Id, s.TargetType, s.TargetKey, s.Title, s.Notes, s.Snapshot, new SlideLookup(s.LookupActor, s.LookupProgram, s.LookupWords), s.PinnedBy, s.PinnedAt, s.EditedBy, s.Version);

    private static string Bounded(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
