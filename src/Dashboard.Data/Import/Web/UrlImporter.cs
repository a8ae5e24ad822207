namespace Dashboard.Data.Import.Web;

/// <summary>
/// Imports articles by address, as the file import does once each page is fetched: one result per
/// address, in order; an address given twice is fetched once; at most <see cref="ImportLimits.MaxFiles"/>.
/// </summary>
public sealed class UrlImporter(PageFetcher fetcher, ImportService import)
{
    public async Task<IReadOnlyList<ImportResult>> ImportAsync(IReadOnlyList<string> addresses, IProgress<ImportProgress>? progress = null, string who = "unknown", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var results = new ImportResult?[addresses.Count];
        var files = new List<(int Index, ImportFile File)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < addresses.Count; i++)
        {
            var address = (addresses[i] ?? "").Trim();
            var shown = Shown(address);
            if (i >= import.Limits.MaxFiles)
            {
                results[i] = new ImportResult(shown, ImportOutcome.Rejected, null, $"over the limit of {import.Limits.MaxFiles} addresses an import");
            }
            else if (!seen.Add(address))
            {
                results[i] = new ImportResult(shown, ImportOutcome.Duplicate, null, "the same address was given earlier in this import");
            }
            else if (!cancellationToken.IsCancellationRequested)
            {
                progress?.Report(new ImportProgress(0, addresses.Count));
                var page = await FetchAsync(address, cancellationToken);
                if (page?.File is { } file)
                {
                    files.Add((i, file));
                    continue;
                }

                if (page is not null)
                {
                    results[i] = new ImportResult(shown, ImportOutcome.Rejected, null, page.Problem);
                }
            }

            // Only a cancelled import leaves an address neither answered nor fetched.
            results[i] ??= new ImportResult(shown, ImportOutcome.Rejected, null, "not imported: the import was cancelled before this page was fetched");
        }

        // A cancelled import stores nothing more: the file import reports the fetched pages as not stored.
        var imported = files.Count == 0 ? [] : await import.ImportAsync([.. files.Select(f => f.File)], progress, who, cancellationToken);
        for (var j = 0; j < files.Count; j++)
        {
            var result = imported[j];
            results[files[j].Index] = result with { FileName = files[j].File.SourceUrl ?? result.FileName };
        }

        return [.. results.Select(r => r!)];
    }

    /// <summary>The page, or null when the import was cancelled while it was being fetched.</summary>
    private async Task<FetchedPage?> FetchAsync(string address, CancellationToken cancellationToken)
    {
        try
        {
            return await fetcher.FetchAsync(address, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>An address as results show it: at most 300 characters.</summary>
    private static string Shown(string address) => address.Length > 300 ? address[..300] + "…" : address;
}
