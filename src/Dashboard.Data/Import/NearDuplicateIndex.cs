using Dashboard.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Import;

/// <summary>
/// The stored documents' SimHashes, kept in memory for the batches of one import, so each batch
/// reads only the documents stored since the last one instead of the whole corpus again (at
/// 100,000 documents in batches of 25, as imports then wrote, that was 4,000 reads of every fingerprint).
/// Deleted documents are kept too, because they can be restored; a near match is checked against
/// the database before it is used, so one deleted or purged since it was read is never named.
/// </summary>
public sealed class NearDuplicateIndex
{
    private readonly List<(int Id, long SimHash)> fingerprints = [];
    private int readUpTo;

    /// <summary>Reads the fingerprints of documents stored since the last call (all of them the first time).</summary>
    internal async Task CatchUpAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var since = readUpTo;
        var fresh = await db.Documents.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Id > since)
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.SimHash })
            .ToListAsync(cancellationToken);
        fingerprints.AddRange(fresh.Where(f => f.SimHash is not (null or 0)).Select(f => (f.Id, f.SimHash!.Value)));
        if (fresh.Count > 0)
        {
            readUpTo = fresh[^1].Id;
        }
    }

    /// <summary>Ids of the documents near this fingerprint, oldest first; whether each still exists is the caller's to check.</summary>
    internal IEnumerable<int> Near(long simHash) =>
        fingerprints.Where(f => NearDuplicates.AreNear(f.SimHash, simHash)).Select(f => f.Id);
}
