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
    /// analysed in full are stored, the other articles are reported as not imported, and the corpus-wide
    /// results are brought up to date for what was stored.
    /// </remarks>
    public async Task<IReadOnlyList<ImportResult>> ImportAsync(IReadOnlyList<ImportFile> files, IProgress<ImportProgress>? progress = null, string who = "unknown", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var round = Read(files, limits.MaxArticles);
        progress?.Report(new ImportProgress(0, round.Pending.Count));
        await ImportRoundsAsync([round], progress, who, new NearDuplicateIndex(), cancellationToken);
        await analysis.RebuildCorpusIfStaleAsync(CancellationToken.None);
        TellOpenViews(round.Outcome);
        return round.Outcome;
    }

    /// <summary>A folder of any size, read in rounds of <see cref="ImportLimits.MaxFiles"/> files (one audit entry each), with one rebuild of the corpus-wide results at the end.</summary>
    /// <param name="filesDone">Told how many of the files have been dealt with, after each round.</param>
    public async Task<IReadOnlyList<ImportResult>> ImportAllAsync(IReadOnlyList<ImportFile> files, string who, IProgress<int>? filesDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var rounds = new List<Round>();
        var done = 0;
        await ImportRoundsAsync(files.Chunk(limits.MaxFiles).Select(r => Read(r)), null, who, new NearDuplicateIndex(), cancellationToken, finished =>
        {
            rounds.Add(finished);
            filesDone?.Report(done += finished.Files.Count);
        });
        var results = rounds.SelectMany(r => r.Outcome).ToList();
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

    /// <summary>Files read and checked: a result for each refused one, and the articles to store.</summary>
    private sealed class Round(IReadOnlyList<ImportFile> files, List<(ImportResult? Result, ImportedArticle? Article, string? SourceUrl)> slots)
    {
        public IReadOnlyList<ImportFile> Files => files;

        public List<(ImportResult? Result, ImportedArticle? Article, string? SourceUrl)> Slots => slots;

        public ImportResult?[] Results { get; } = [.. slots.Select(s => s.Result)];

        public List<int> Pending { get; } = [.. slots.Select((slot, index) => (slot, index)).Where(s => s.slot.Article is not null).Select(s => s.index)];

        public IReadOnlyList<ImportResult> Outcome { get; private set; } = [];

        /// <summary>Whether every article to store has its result: each stored batch gives one to each of its articles.</summary>
        public bool Stored => Pending.All(i => Results[i] is not null);

        /// <summary>One result per slot: an article not stored by now was stopped by a cancellation.</summary>
        public void Finish() => Outcome = [.. Results.Select((r, i) => r ?? new ImportResult(slots[i].Article!.FileName, ImportOutcome.Rejected, null, "not imported: the import was cancelled before this article was stored"))];
    }

    /// <param name="maxArticles">The most articles stored from this round; the rest are refused with the reason (an upload), or none (a folder, read a round at a time).</param>
    private Round Read(IReadOnlyList<ImportFile> files, int maxArticles = int.MaxValue)
    {
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

        return new Round(files, slots);
    }

    /// <summary>
    /// Stores the rounds' articles a batch at a time, one import in this process at a time, and records each
    /// round in the audit log once its last batch is through (or the import was cancelled).
    /// </summary>
    /// <param name="rounds">Read as the batches reach them: a folder's next files are read while the last batch before them is stored.</param>
    private async Task ImportRoundsAsync(IEnumerable<Round> rounds, IProgress<ImportProgress>? progress, string who, NearDuplicateIndex nearDuplicates, CancellationToken cancellationToken, Action<Round>? finished = null)
    {
        var open = new Queue<Round>(); // read, in order, and not yet recorded
        using var unread = rounds.GetEnumerator();
        IEnumerable<(Round Round, int[] Batch)> Batches()
        {
            while (unread.MoveNext())
            {
                var round = unread.Current;
                open.Enqueue(round);
                foreach (var batch in round.Pending.Chunk(BatchSize))
                {
                    yield return (round, batch);
                }
            }
        }

        var cancelled = false;
        try
        {
            await oneAtATime.WaitAsync(cancellationToken);
            try
            {
                await StoreAsync(Batches(), progress, nearDuplicates, async () =>
                {
                    while (open.TryPeek(out var round) && round.Stored)
                    {
                        await RecordAsync(open.Dequeue(), cancelled: false);
                    }
                }, cancellationToken);
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

        // What is left: rounds without articles to store at the end, and after a cancellation the rounds cut short and those never reached.
        foreach (var round in open)
        {
            await RecordAsync(round, cancelled);
        }

        while (cancelled && unread.MoveNext())
        {
            await RecordAsync(unread.Current, cancelled);
        }

        async Task RecordAsync(Round round, bool cancelled)
        {
            round.Finish();
            await audit.RecordAsync(who, cancelled ? "import (cancelled)" : "import", $"{round.Files.Count} files",
                string.Join(", ", round.Outcome.GroupBy(r => r.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.Label()}")), CancellationToken.None);
            finished?.Invoke(round);
        }
    }

    /// <summary>
    /// Each batch is analysed while the one before it is written: the writing takes one core, and a batch's
    /// analysis leaves one idle while its slowest article finishes. A batch is still stored whole or not at all.
    /// </summary>
    /// <param name="stored">Told after each batch is stored.</param>
    private async Task StoreAsync(IEnumerable<(Round Round, int[] Batch)> batches, IProgress<ImportProgress>? progress, NearDuplicateIndex nearDuplicates, Func<Task> stored, CancellationToken cancellationToken)
    {
        // Reported under one lock, so neither count goes back though the analysis and the writing report from their own threads.
        var counts = new Lock();
        var (analysed, done) = (0, 0);
        void Report(Round round, int newlyAnalysed, int newlyStored)
        {
            lock (counts)
            {
                (analysed, done) = (analysed + newlyAnalysed, done + newlyStored);
                progress?.Report(new ImportProgress(Math.Min(round.Pending.Count, done), round.Pending.Count) { Analysed = analysed });
            }
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var upcoming = batches.GetEnumerator();
        Task<(Round Round, int[] Batch, DocumentImporter.AnalysedBatch Reading)>? AnalyseNext()
        {
            if (!upcoming.MoveNext())
            {
                return null;
            }

            var (round, batch) = upcoming.Current;
            var candidates = batch.Select(i => round.Slots[i]).Select(s => new ImportCandidate(s.Article!.FileName, s.Article.Text) { SourceUrl = s.SourceUrl, Page = s.Article.Page }).ToList();
            return Task.Run(async () => (round, batch, await importer.AnalyseAsync(candidates, () => Report(round, 1, 0), stop.Token)));
        }

        var ahead = AnalyseNext();
        try
        {
            while (ahead is not null)
            {
                var (round, batch, reading) = await ahead;
                ahead = AnalyseNext();
                // A batch analysed in full is written even if the import is cancelled meanwhile: a short wait, and no work lost.
                var results = await importer.StoreAsync(reading, updateCorpus: false, nearDuplicates, CancellationToken.None);
                for (var j = 0; j < batch.Length; j++)
                {
                    round.Results[batch[j]] = results[j];
                }

                // Texts already stored are not analysed again: they count as analysed once their batch is through.
                Report(round, batch.Length - reading.AnalysedCount, batch.Length);
                await stored();
            }
        }
        finally
        {
            if (ahead is not null)
            {
                // Stopped early (cancelled, or a write failed): the batch read ahead is dropped, unwritten.
                await stop.CancelAsync();
                await ahead.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Pasted text, checked like a .txt file.</summary>
    public Task<IReadOnlyList<ImportResult>> ImportPastedAsync(string text, string who, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync([new ImportFile($"pasted-{DateTime.UtcNow:yyyyMMdd-HHmmss}.txt", System.Text.Encoding.UTF8.GetBytes(text ?? ""))], progress, who, cancellationToken);

    public void Dispose() => oneAtATime.Dispose();
}
