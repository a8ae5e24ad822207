using System.Security.Cryptography;

namespace Dashboard.Core.Analysis.Entities;

/// <summary>
/// The last few gazetteers parsed in this process, by the SHA-256 of their bytes. Building one costs
/// about a quarter of a second (its name matcher compiles every alias into linear-time patterns),
/// and the same bytes come back often: a save right after its check, a restore of the version in
/// use, every database a process opens on the shipped file. A gazetteer is immutable, so the same
/// bytes may share one.
/// </summary>
internal static class ParsedGazetteers
{
    /// <summary>Enough for the shipped file, the saved version in use and an edit being checked.</summary>
    private const int Capacity = 4;

    private static readonly LinkedList<(byte[] Hash, Gazetteer Gazetteer)> Recent = new();

    public static Gazetteer GetOrParse(byte[] utf8, Func<byte[], Gazetteer> parse)
    {
        var hash = SHA256.HashData(utf8);
        lock (Recent)
        {
            for (var node = Recent.First; node is not null; node = node.Next)
            {
                if (node.Value.Hash.AsSpan().SequenceEqual(hash))
                {
                    Recent.Remove(node);
                    Recent.AddFirst(node);
                    return node.Value.Gazetteer;
                }
            }
        }

        // Parsed outside the lock: two threads with new bytes at once each parse; either result is the same.
        var gazetteer = parse(utf8);
        lock (Recent)
        {
            Recent.AddFirst((hash, gazetteer));
            if (Recent.Count > Capacity)
            {
                Recent.RemoveLast();
            }
        }

        return gazetteer;
    }
}
