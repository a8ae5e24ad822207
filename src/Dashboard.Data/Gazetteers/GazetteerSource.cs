using System.Text;
using Dashboard.Core.Analysis;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Data.Audit;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Gazetteers;

public sealed record GazetteerVersionView(int Id, DateTime SavedAt, string SavedBy, string Changes);

/// <summary>A save or check: the error (with line numbers) or what would change.</summary>
public sealed record GazetteerCheck(string? Error, string? Changes)
{
    public bool Ok => Error is null;
}

/// <summary>
/// The gazetteer the analysis uses now: the shipped file until someone saves one in the dashboard,
/// then the latest saved version (every version is kept, with who saved it and what changed).
/// Everything that analyses or lists entries asks here at the moment it works, so a save takes
/// effect without a restart; what is already stored changes only by re-analysis.
/// </summary>
public sealed class GazetteerSource
{
    /// <summary>Edited as text in the browser, so it must fit one circuit message.</summary>
    public const int MaxJsonLength = 100_000;

    private readonly IDbContextFactory<DashboardDbContext> contextFactory;
    private readonly AuditLog audit;
    private readonly TimeProvider clock;
    private readonly Snapshot shipped;
    private volatile Snapshot current;

    /// <exception cref="GazetteerException">The shipped file is missing or invalid (with its line numbers).</exception>
    public GazetteerSource(string filePath, IDbContextFactory<DashboardDbContext> contextFactory, AuditLog audit, TimeProvider clock)
    {
        this.contextFactory = contextFactory;
        this.audit = audit;
        this.clock = clock;
        var gazetteer = GazetteerLoader.LoadFile(filePath);
        shipped = current = new Snapshot(gazetteer, new AnalysisPipeline(gazetteer), File.ReadAllText(filePath), null);
    }

    public Gazetteer Current => current.Gazetteer;

    public AnalysisPipeline Pipeline => current.Pipeline;

    public string Json => current.Json;

    /// <summary>The saved version in use, or null for the shipped file.</summary>
    public int? Version => current.Version;

    /// <summary>Set when the latest saved version could not be used (the shipped file is used instead).</summary>
    public string? Problem { get; private set; }

    /// <summary>Takes the latest saved version from the database (at start-up and after a restore).</summary>
    public async Task LoadSavedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.GazetteerVersions.AsNoTracking().OrderByDescending(v => v.Id).FirstOrDefaultAsync(cancellationToken);
        Problem = null;
        if (latest is null)
        {
            current = shipped;
            return;
        }

        try
        {
            current = Parse(latest.Json, latest.Id);
        }
        catch (GazetteerException ex)
        {
            current = shipped;
            Problem = $"Saved version {latest.Id} cannot be used, so the shipped gazetteer is: {ex.Message}";
        }
    }

    /// <summary>Validates <paramref name="json"/> and says what it would change, without saving.</summary>
    public GazetteerCheck Check(string json) => Validate(json).Check;

    /// <summary>
    /// Saves a valid gazetteer as a new version and uses it from now on; an invalid one changes
    /// nothing. <paramref name="basedOnVersion"/> is the version the editor started from (null: the
    /// shipped file): if someone saved another since, nothing is saved and the answer says who, so two
    /// administrators editing at once never silently drop one's change.
    /// </summary>
    public async Task<GazetteerCheck> SaveAsync(string json, string who, int? basedOnVersion, CancellationToken cancellationToken = default)
    {
        var (check, parsed) = Validate(json);
        if (parsed is null)
        {
            return check;
        }

        if (json == current.Json)
        {
            return new GazetteerCheck("Nothing changed: this is the gazetteer in use.", null);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var latest = await db.GazetteerVersions.AsNoTracking().OrderByDescending(v => v.Id).FirstOrDefaultAsync(cancellationToken);
        if (latest?.Id != basedOnVersion)
        {
            return new GazetteerCheck(latest is null
                ? "The gazetteer you started from is no longer the one in use: nothing was saved. Load the current one, apply your change again and save."
                : $"{latest.SavedBy} saved version {latest.Id} at {latest.SavedAt:yyyy-MM-dd HH:mm} UTC after you opened this one: nothing was saved. Load the current version, apply your change again and save.", null);
        }

        var version = new GazetteerVersion
        {
            Json = json,
            SavedAt = clock.GetUtcNow().UtcDateTime,
            SavedBy = who.Trim()[..Math.Min(100, who.Trim().Length)],
            Changes = check.Changes!.Length <= 4_000 ? check.Changes : check.Changes[..3_999] + "…",
        };
        db.GazetteerVersions.Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (DatabaseErrors.IsWriteConflict(ex))
        {
            return new GazetteerCheck("Someone saved the gazetteer at the same moment: nothing was saved. Load the current version, apply your change again and save.", null);
        }

        current = parsed with { Version = version.Id };
        Problem = null;
        await audit.RecordAsync(who, "gazetteer saved", $"version {version.Id}", version.Changes, cancellationToken);
        return check;
    }

    public async Task<IReadOnlyList<GazetteerVersionView>> HistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.GazetteerVersions.AsNoTracking().OrderByDescending(v => v.Id)
            .Select(v => new GazetteerVersionView(v.Id, v.SavedAt, v.SavedBy, v.Changes))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The text of a saved version (to load it into the editor again), or the shipped file's for null.</summary>
    public async Task<string?> JsonOfAsync(int? id, CancellationToken cancellationToken = default)
    {
        if (id is null)
        {
            return shipped.Json;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.GazetteerVersions.Where(v => v.Id == id).Select(v => v.Json).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The check, and the parsed gazetteer when it passed (kept, so a save does not parse twice).</summary>
    private (GazetteerCheck Check, Snapshot? Parsed) Validate(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (new GazetteerCheck("The gazetteer is empty.", null), null);
        }

        if (json.Length > MaxJsonLength)
        {
            return (new GazetteerCheck($"The gazetteer is {json.Length:N0} characters; at most {MaxJsonLength:N0} can be edited here.", null), null);
        }

        try
        {
            var parsed = Parse(json, null);
            return (new GazetteerCheck(null, GazetteerChanges.Describe(current.Gazetteer, parsed.Gazetteer)), parsed);
        }
        catch (GazetteerException ex)
        {
            return (new GazetteerCheck(ex.Message, null), null);
        }
    }

    private static Snapshot Parse(string json, int? version)
    {
        var gazetteer = GazetteerLoader.Parse(Encoding.UTF8.GetBytes(json), "gazetteer");
        return new Snapshot(gazetteer, new AnalysisPipeline(gazetteer), json, version);
    }

    private sealed record Snapshot(Gazetteer Gazetteer, AnalysisPipeline Pipeline, string Json, int? Version);
}
