using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Audit;

public sealed record AuditView(DateTime At, string Who, string Action, string Target, string Detail);

/// <summary>
/// Who changed what: imports, deletions and restores, re-analyses, backups and restores, and every
/// annotation change. Written with or after the change it records; shown newest first.
/// </summary>
public sealed class AuditLog(IDbContextFactory<DashboardDbContext> contextFactory, TimeProvider clock)
{
    public const string CommandLine = "command line";

    public async Task RecordAsync(string who, string action, string target, string detail = "", CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Add(db, who, action, target, detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds the entry to <paramref name="db"/>'s pending changes: saved with the change it records, or not at all.</summary>
    public void Add(DashboardDbContext db, string who, string action, string target, string detail = "")
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Who = Clip(string.IsNullOrWhiteSpace(who) ? "unknown" : who.Trim(), 100),
            Action = Clip(action, 40),
            Target = Clip(target, 400),
            Detail = Clip(detail, 1000),
        });
    }

    public async Task<IReadOnlyList<AuditView>> ListAsync(int limit = 1000, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).Take(limit)
            .Select(e => new AuditView(e.At, e.Who, e.Action, e.Target, e.Detail))
            .ToListAsync(cancellationToken);
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
