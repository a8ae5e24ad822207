using System.Numerics;
using System.Runtime.InteropServices;
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
    // Two plain lists, scanned in a tight loop: every new article is compared with every stored one,
    // so at 100,000 articles an import makes five billion comparisons.
    private readonly List<int> ids = [];
    private readonly List<long> simHashes = [];
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
        foreach (var row in fresh.Where(f => f.SimHash is not (null or 0)))
        {
            ids.Add(row.Id);
            simHashes.Add(row.SimHash!.Value);
        }

        if (fresh.Count > 0)
        {
            readUpTo = fresh[^1].Id;
        }
    }

    /// <summary>Ids of the documents near this fingerprint, oldest first; whether each still exists is the caller's to check.</summary>
    internal List<int> Near(long simHash)
    {
        var near = new List<int>();
        if (simHash == 0)
        {
            return near; // too short a text to have a fingerprint (NearDuplicates.AreNear)
        }

        var stored = CollectionsMarshal.AsSpan(simHashes);
        for (var i = 0; i < stored.Length; i++)
        {
            if (BitOperations.PopCount(unchecked((ulong)(stored[i] ^ simHash))) <= NearDuplicates.MaxDistance)
            {
                near.Add(ids[i]);
            }
        }

        return near;
    }
}
