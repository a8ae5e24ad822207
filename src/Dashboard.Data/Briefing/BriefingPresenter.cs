using System.Globalization;
using System.Text.Json;
using Dashboard.Data.Annotations;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Briefing;

/// <summary>Who is presenting which briefing (<see cref="Deck"/>, its id), on which slide, since when (the start or the last move).</summary>
public sealed record PresenterState(string Who, int Slide, DateTime Since, int Deck = 0);

/// <summary>
/// The briefing's presenter, shared by every browser and app instance: one person presents at a
/// time (kept in the database, so instances agree), and each move is told to every open briefing
/// through the notification channel, where followers' views move with it. A session left open
/// (a presenter whose browser went away) lapses <see cref="Lapse"/> after its last move.
/// </summary>
public sealed class BriefingPresenter(IDbContextFactory<DashboardDbContext> contextFactory, IAnnotationNotifier notifier, TimeProvider clock)
{
    public const string ChangeType = "briefing-presenter";

    private const string Key = "briefing.presenter";

    public static readonly TimeSpan Lapse = TimeSpan.FromHours(4);

    public async Task<PresenterState?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return Live(await db.AppSettings.AsNoTracking().Where(s => s.Key == Key).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken));
    }

    /// <summary>Starts presenting a briefing at <paramref name="slide"/>; null when it started (or this person was presenting already), else who presents.</summary>
    public async Task<string?> StartAsync(string who, int deck, int slide, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.AppSettings.SingleOrDefaultAsync(s => s.Key == Key, cancellationToken);
        if (Live(row?.Value) is { } current && current.Who != who)
        {
            return current.Who;
        }

        var value = JsonSerializer.Serialize(new PresenterState(who, slide, clock.GetUtcNow().UtcDateTime, deck));
        if (row is null)
        {
            db.AppSettings.Add(new AppSetting { Key = Key, Value = value });
        }
        else
        {
            row.Value = value;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // Someone else started in the same moment, through another instance.
            return (await CurrentAsync(cancellationToken))?.Who ?? "someone else";
        }

        Tell(slide);
        return null;
    }

    /// <summary>The presenter moved to <paramref name="slide"/> of a briefing; ignored from anyone but the presenter.</summary>
    public async Task MoveAsync(string who, int deck, int slide, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.AppSettings.SingleOrDefaultAsync(s => s.Key == Key, cancellationToken);
        if (Live(row?.Value) is { } current && current.Who == who && (current.Slide != slide || current.Deck != deck))
        {
            row!.Value = JsonSerializer.Serialize(current with { Slide = slide, Deck = deck, Since = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
            Tell(slide);
        }
    }

    /// <summary>The presenter stopped; ignored from anyone else.</summary>
    public async Task StopAsync(string who, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.AppSettings.SingleOrDefaultAsync(s => s.Key == Key, cancellationToken);
        if (row is not null && (Live(row.Value) is not { } current || current.Who == who))
        {
            db.AppSettings.Remove(row);
            await db.SaveChangesAsync(cancellationToken);
            Tell(0);
        }
    }

    private PresenterState? Live(string? value)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            var state = JsonSerializer.Deserialize<PresenterState>(value);
            return state is not null && clock.GetUtcNow().UtcDateTime - state.Since < Lapse ? state : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Tell(int slide) => notifier.Publish(new AnnotationChange(ChangeType, slide.ToString(CultureInfo.InvariantCulture), 0, "present"));
}
