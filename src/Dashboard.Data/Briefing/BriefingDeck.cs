using Dashboard.Data.Annotations;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Briefing;

/// <summary>A slide as the views show and edit it.</summary>
public sealed record SlideView(
    int Id, string TargetType, string TargetKey, string Title, string Notes, string Snapshot, SlideLookup Lookup, string PinnedBy, DateTime PinnedAt, string? EditedBy, int Version);

/// <summary>An edit's outcome: the slide as saved, or why not (and, after a colleague's edit, their version).</summary>
public sealed record SlideEdit(SlideView? Saved, SlideView? Theirs, string? Error)
{
    public bool Ok => Saved is not null;
}

/// <summary>
/// The team's briefing deck: pinning and unpinning items, their order, titles and speaker notes,
/// removal with undo. Every change is told to every open view through the annotation channel (a
/// pin change under the item's own key, so its pin buttons follow; other changes as
/// <see cref="ChangeType"/>), across app instances.
/// </summary>
public sealed class BriefingDeck(IDbContextFactory<DashboardDbContext> contextFactory, BriefingQueries briefing, IAnnotationNotifier notifier, TimeProvider clock)
{
    public const string PinKind = "pin";
    public const string ChangeType = "briefing";
    public const int MaxTitleLength = 300;
    public const int MaxNotesLength = 4_000;

    /// <summary>More slides than any meeting shows; a deck this long refuses another pin with a message.</summary>
    public const int MaxSlides = 500;

    /// <summary>The slides in deck order.</summary>
    public async Task<IReadOnlyList<SlideView>> SlidesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await Active(db).ToListAsync(cancellationToken)).Select(ToView).ToList();
    }

    /// <summary>Whether the item is on the deck.</summary>
    public async Task<bool> IsPinnedAsync(string targetType, string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Slides.AnyAsync(s => s.RemovedAt == null && s.TargetType == targetType && s.TargetKey == key, cancellationToken);
    }

    /// <summary>Adds the item as the last slide, with what it says now; null when pinned (or already there), else why not.</summary>
    public async Task<string?> PinAsync(string targetType, string key, string title, string who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(title);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Slides.AnyAsync(s => s.RemovedAt == null && s.TargetType == targetType && s.TargetKey == key, cancellationToken))
        {
            return null;
        }

        var count = await db.Slides.CountAsync(s => s.RemovedAt == null, cancellationToken);
        if (count >= MaxSlides)
        {
            return $"The briefing has {MaxSlides} slides, more than a meeting can show: remove some before pinning more.";
        }

        var content = await briefing.ResolveOneAsync(targetType, key, cancellationToken);
        var lookup = content is null ? new SlideLookup(null, null, null) : SlideSnapshot.Lookup(content);
        var last = await db.Slides.Where(s => s.RemovedAt == null).MaxAsync(s => (int?)s.Position, cancellationToken) ?? 0;
        db.Slides.Add(new Slide
        {
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
        await db.SaveChangesAsync(cancellationToken);
        notifier.Publish(new AnnotationChange(targetType, key, 0, PinKind));
        return null;
    }

    /// <summary>Takes the item off the deck (its pin button pressed again); the slide's id, for an undo, or null when it was not there.</summary>
    public async Task<int?> UnpinAsync(string targetType, string key, string who, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var slide = await db.Slides.Where(s => s.RemovedAt == null && s.TargetType == targetType && s.TargetKey == key).OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        return slide is not null && await RemoveAsync(slide.Id, who, cancellationToken) ? slide.Id : null;
    }

    /// <summary>Removes a slide; the row stays, so <see cref="RestoreAsync"/> brings it back where it was. False when it was gone already.</summary>
    public async Task<bool> RemoveAsync(int id, string who, CancellationToken cancellationToken = default) =>
        await SetRemovedAsync(id, removed: true, who, cancellationToken);

    public async Task<bool> RestoreAsync(int id, string who, CancellationToken cancellationToken = default) =>
        await SetRemovedAsync(id, removed: false, who, cancellationToken);

    /// <summary>
    /// Moves a slide to <paramref name="index"/> (0 = first) of the deck as it is now and numbers the
    /// deck again, in one transaction. False when the slide is no longer on the deck.
    /// </summary>
    public async Task<bool> MoveAsync(int id, int index, string who, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deck = await Active(db).ToListAsync(cancellationToken);
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

        if (!removed && await db.Slides.AnyAsync(s => s.RemovedAt == null && s.TargetType == slide.TargetType && s.TargetKey == slide.TargetKey, cancellationToken))
        {
            return false; // pinned again meanwhile: one slide per item
        }

        slide.RemovedAt = removed ? clock.GetUtcNow().UtcDateTime : null;
        slide.EditedBy = who;
        await db.SaveChangesAsync(cancellationToken);
        notifier.Publish(new AnnotationChange(slide.TargetType, slide.TargetKey, 0, PinKind));
        return true;
    }

    private static IQueryable<Slide> Active(DashboardDbContext db) =>
        db.Slides.Where(s => s.RemovedAt == null).OrderBy(s => s.Position).ThenBy(s => s.Id);

    internal static SlideView ToView(Slide s) =>
        new(s.Id, s.TargetType, s.TargetKey, s.Title, s.Notes, s.Snapshot, new SlideLookup(s.LookupActor, s.LookupProgram, s.LookupWords), s.PinnedBy, s.PinnedAt, s.EditedBy, s.Version);

    private static string Bounded(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
