namespace Dashboard.Web.Hosting;

/// <summary>
/// The temporary folders the dashboard makes for backups and restores. They hold whole databases,
/// password hashes included: each is deleted as soon as it is done with, and any an interrupted
/// process left behind is swept at the next start.
/// </summary>
public static class TemporaryFolders
{
    public const string BackupPrefix = "dashboard-backup-";
    public const string RestorePrefix = "dashboard-restore-";

    /// <summary>Older than this, a folder cannot belong to a download or a restore still under way.</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromHours(1);

    public static string Create(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;

    public static void Delete(string? folder)
    {
        if (folder is null)
        {
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>Deletes the leftovers of earlier runs; returns how many.</summary>
    public static int SweepStale(DateTime nowUtc)
    {
        var swept = 0;
        foreach (var prefix in new[] { BackupPrefix, RestorePrefix })
        {
            foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), prefix + "*"))
            {
                try
                {
                    if (nowUtc - Directory.GetLastWriteTimeUtc(folder) > Stale)
                    {
                        Directory.Delete(folder, recursive: true);
                        swept++;
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Another user's, or in use: not ours to remove.
                }
            }
        }

        return swept;
    }
}
