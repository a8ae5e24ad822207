using System.Globalization;
using System.Numerics;
using Dashboard.Core.Documents;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Data.Import;

/// <summary>A file as it arrived (upload, folder, command line): its name is only a label.</summary>
public sealed record ImportFile(string Name, byte[] Bytes)
{
    /// <summary>The address the file was fetched from (after redirects), kept as the document's source link.</summary>
    public string? SourceUrl { get; init; }
}

/// <summary>How far a long import has come: articles analysed, and articles stored (a batch at a time), of all.</summary>
public sealed record ImportProgress(int Done, int Total)
{
    public int Analysed { get; init; }
}

/// <summary>
/// Limits of one import: <c>Dashboard:Import:MaxFileBytes</c> (10 MB), <c>Dashboard:Import:MaxFiles</c> (200),
/// <c>Dashboard:Import:MaxItemsPerFile</c> (1,000 articles in one .json), <c>Dashboard:Import:MaxArticles</c>
/// (5,000 articles in one upload) and <c>Dashboard:Import:MaxAnalysisSeconds</c> (20: the analysis of
/// one article; an ordinary one takes milliseconds).
/// </summary>
public sealed record ImportLimits(long MaxFileBytes = ImportLimits.DefaultMaxFileBytes, int MaxFiles = ImportLimits.DefaultMaxFiles)
{
    public const long DefaultMaxFileBytes = 10 * 1024 * 1024;
    public const int DefaultMaxFiles = 200;
    public const int DefaultMaxArticles = 5000;
    public const double DefaultMaxAnalysisSeconds = 20;

    public int MaxItemsPerFile { get; init; } = ImportFormats.DefaultMaxItemsPerFile;

    public int MaxArticles { get; init; } = DefaultMaxArticles;

    public TimeSpan MaxAnalysisTime { get; init; } = TimeSpan.FromSeconds(DefaultMaxAnalysisSeconds);

    /// <summary>Each limit from <c>Dashboard:Import:*</c>; a missing, malformed or non-positive value keeps the default.</summary>
    public static ImportLimits FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new ImportLimits(Positive(configuration, "MaxFileBytes", DefaultMaxFileBytes), Positive(configuration, "MaxFiles", DefaultMaxFiles))
        {
            MaxItemsPerFile = Positive(configuration, "MaxItemsPerFile", ImportFormats.DefaultMaxItemsPerFile),
            MaxArticles = Positive(configuration, "MaxArticles", DefaultMaxArticles),
            MaxAnalysisTime = TimeSpan.FromSeconds(Math.Min(Positive(configuration, "MaxAnalysisSeconds", DefaultMaxAnalysisSeconds, NumberStyles.AllowDecimalPoint), 3600)),
        };
    }

    private static T Positive<T>(IConfiguration configuration, string name, T fallback, NumberStyles style = NumberStyles.None)
        where T : INumber<T> =>
        T.TryParse(configuration[$"Dashboard:Import:{name}"], style, CultureInfo.InvariantCulture, out var value) && value > T.Zero ? value : fallback;
}

/// <summary>
/// Imports files of any supported kind (.txt, .md, .html, .json): reads and checks each (size,
/// encoding, binary, format), stores the articles in batches (each batch one transaction, so a
/// crash keeps all or none of it) and returns one result per file or JSON item, in order.
/// </summary>
public sealed class ImportService(DocumentImporter importer, Analysis.AnalysisStore analysis, ImportLimits limits, Audit.AuditLog audit, Annotations.IAnnotationNotifier? notifier = null) : IDisposable
{
    // One import at a time in this process: two browsers importing the same file must not race
    // on the content-hash check (the second then sees a duplicate, as it should).
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>Articles per transaction: small enough for steady progress and little lost work if the process stops.</summary>
    public const int BatchSize = 100;

    public ImportLimits Limits => limits;

    /// <summary>One upload (at most <see cref="ImportLimits.MaxFiles"/> files); the corpus-wide results are rebuilt once at the end.</summary>
    /// <remarks>
    /// Cancelling (the page closed, or its Cancel button) stops the analysis at once; batches already
    /// stored stay, the articles not yet stored are reported as not imported, and the corpus-wide
    /// results are brought up to date for what was stored.
    /// </remarks>
    public async Task<IReadOnlyList<ImportResult>> ImportAsync(IReadOnlyList<ImportFile> files, IProgress<ImportProgress>? progress = null, string who = "unknown", CancellationToken cancellationToken = default)
    {
        var results = await ImportRoundAsync(files, progress, who, new NearDuplicateIndex(), cancellationToken, limits.MaxArticles);
        await analysis.RebuildCorpusIfStaleAsync(CancellationToken.None);
        TellOpenViews(results);
        return results;
    }

    /// <summary>A folder of any size, in rounds of <see cref="ImportLimits.MaxFiles"/> files, with one rebuild of the corpus-wide results at the end.</summary>
    /// <param name="filesDone">Told how many of the files have been dealt with, after each round.</param>
    public async Task<IReadOnlyList<ImportResult>> ImportAllAsync(IReadOnlyList<ImportFile> files, string who, IProgress<int>? filesDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var results = new List<ImportResult>();
        var nearDuplicates = new NearDuplicateIndex();
        var done = 0;
        foreach (var round in files.Chunk(limits.MaxFiles))
        {
            results.AddRange(await ImportRoundAsync(round, null, who, nearDuplicates, cancellationToken));
            filesDone?.Report(done += round.Length);
        }

        await analysis.RebuildCorpusIfStaleAsync(CancellationToken.None);
        TellOpenViews(results);
        return results;
    }

    /// <summary>Every open view of figures shows new articles (in every instance), once the corpus results include them.</summary>
    private void TellOpenViews(IReadOnlyList<ImportResult> results)
    {
        if (results.Any(r => r.Outcome is ImportOutcome.Imported or ImportOutcome.NearDuplicate))
        {
            notifier?.Publish(Annotations.AnnotationChange.Imported);
        }
    }

    /// <param name="maxArticles">The most articles stored from this round; the rest are refused with the reason (an upload), or none (a folder, read a round at a time).</param>
    private async Task<IReadOnlyList<ImportResult>> ImportRoundAsync(IReadOnlyList<ImportFile> files, IProgress<ImportProgress>? progress, string who, NearDuplicateIndex nearDuplicates, CancellationToken cancellationToken, int maxArticles = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(files);
        var slots = new List<(ImportResult? Result, ImportedArticle? Article, string? SourceUrl)>();
        var accepted = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (i >= limits.MaxFiles)
            {
                slots.Add((new ImportResult(ImportFormats.SafeName(file.Name), ImportOutcome.Rejected, null, $"over the limit of {limits.MaxFiles} files an import"), null, null));
                continue;
            }

            var read = ImportFormats.Read(file.Name, file.Bytes, limits.MaxFileBytes, limits.MaxItemsPerFile);
            if (!read.Accepted)
            {
                slots.Add((new ImportResult(read.FileName, ImportOutcome.Rejected, null, read.Rejection), null, null));
                continue;
            }

            foreach (var article in read.Articles)
            {
                slots.Add(accepted++ < maxArticles
                    ? (null, article, file.SourceUrl)
                    : (new ImportResult(article.FileName, ImportOutcome.Rejected, null, $"over the limit of {maxArticles:N0} articles an import; import the rest separately"), null, null));
            }
        }

        var pending = slots.Select((slot, index) => (slot, index)).Where(s => s.slot.Article is not null).ToList();
        var results = slots.Select(s => s.Result).ToArray();
        progress?.Report(new ImportProgress(0, pending.Count));
        var cancelled = false;
        try
        {
            await oneAtATime.WaitAsync(cancellationToken);
            try
            {
                await StoreAsync(pending, results, progress, nearDuplicates, cancellationToken);
            }
            finally
            {
                oneAtATime.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }

        var outcome = results.Select((r, i) => r ?? new ImportResult(slots[i].Article!.FileName, ImportOutcome.Rejected, null, "not imported: the import was cancelled before this article was stored")).ToList();
        await audit.RecordAsync(who, cancelled ? "import (cancelled)" : "import", $"{files.Count} files",
            string.Join(", ", outcome.GroupBy(r => r.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.Label()}")), CancellationToken.None);
        return outcome;
    }

    private async Task StoreAsync(List<((ImportResult? Result, ImportedArticle? Article, string? SourceUrl) slot, int index)> pending, ImportResult?[] results, IProgress<ImportProgress>? progress, NearDuplicateIndex nearDuplicates, CancellationToken cancellationToken)
    {
        var analysed = 0;
        for (var start = 0; start < pending.Count; start += BatchSize)
        {
            var batch = pending.Skip(start).Take(BatchSize).ToList();
            var done = start;
            var stored = await importer.ImportBatchAsync(
                batch.Select(p => new ImportCandidate(p.slot.Article!.FileName, p.slot.Article.Text) { SourceUrl = p.slot.SourceUrl, Page = p.slot.Article.Page }).ToList(), updateCorpus: false, nearDuplicates,
                () => progress?.Report(new ImportProgress(done, pending.Count) { Analysed = Interlocked.Increment(ref analysed) }),
                cancellationToken);
            for (var j = 0; j < batch.Count; j++)
            {
                results[batch[j].index] = stored[j];
            }

            // Texts already stored are not analysed again: they count as analysed once their batch is through.
            analysed = start + batch.Count;
            progress?.Report(new ImportProgress(Math.Min(pending.Count, start + batch.Count), pending.Count) { Analysed = analysed });
        }
    }

    /// <summary>Pasted text, checked like a .txt file.</summary>
    public Task<IReadOnlyList<ImportResult>> ImportPastedAsync(string text, string who, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync([new ImportFile($"pasted-{DateTime.UtcNow:yyyyMMdd-HHmmss}.txt", System.Text.Encoding.UTF8.GetBytes(text ?? ""))], progress, who, cancellationToken);

    public void Dispose() => oneAtATime.Dispose();
}
