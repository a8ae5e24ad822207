using Dashboard.Core.Documents;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Import;

/// <summary>
/// Imports the shipped sample articles into a new database, once. The fact is recorded in the
/// database, so later starts never import them again, even if a sample document was removed.
/// A missing or unreadable folder only degrades the start: the dashboard runs without samples.
/// </summary>
public sealed partial class SampleCorpus(
    IDbContextFactory<DashboardDbContext> contextFactory,
    DocumentImporter importer,
    ILogger<SampleCorpus> logger)
{
    internal const string ImportedKey = "sample-corpus-imported";

    /// <summary>Per-file limit for the shipped samples; a sample larger than this is a packaging mistake.</summary>
    private const long MaxBytesPerFile = 10 * 1024 * 1024;

    public async Task<SampleCorpusOutcome> ImportOnceAsync(string folder, CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.AppSettings.AnyAsync(s => s.Key == ImportedKey, cancellationToken))
            {
                return SampleCorpusOutcome.AlreadyImported;
            }
        }

        IReadOnlyList<ArticleFile> files;
        try
        {
            files = ArticleFolder.Read(folder, MaxBytesPerFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            LogFolderUnavailable(logger, folder, ex.Message);
            return SampleCorpusOutcome.FolderUnavailable;
        }

        foreach (var bad in files.Where(f => !f.IsReadable))
        {
            LogFileSkipped(logger, bad.Path, bad.Problem!);
        }

        var candidates = files.Where(f => f.IsReadable).Select(f => new ImportCandidate(f.FileName, f.Text!)).ToList();
        var results = await importer.ImportBatchAsync(candidates, cancellationToken);

        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            db.AppSettings.Add(new AppSetting { Key = ImportedKey, Value = DateTime.UtcNow.ToString("O") });
            await db.SaveChangesAsync(cancellationToken);
        }

        var imported = results.Count(r => r.Outcome == ImportOutcome.Imported);
        LogImported(logger, imported, folder, files.Count - candidates.Count);
        return SampleCorpusOutcome.Imported;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sample articles not imported: the folder '{Folder}' cannot be read ({Reason}). The dashboard starts without them; set Dashboard:SampleArticles to the folder that holds the sample .txt files.")]
    private static partial void LogFolderUnavailable(ILogger logger, string folder, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sample article '{File}' skipped: {Problem}.")]
    private static partial void LogFileSkipped(ILogger logger, string file, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample corpus: {Imported} article(s) imported from {Folder}, {Skipped} skipped.")]
    private static partial void LogImported(ILogger logger, int imported, string folder, int skipped);
}

public enum SampleCorpusOutcome
{
    Imported,
    AlreadyImported,
    FolderUnavailable,
}
