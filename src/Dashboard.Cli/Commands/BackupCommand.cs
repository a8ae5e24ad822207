using Dashboard.Data;
using Dashboard.Data.Backup;

namespace Dashboard.Cli.Commands;

/// <summary><c>backup &lt;file&gt;</c> and <c>restore &lt;file&gt;</c>: a consistent copy of the database (safe while the app runs), and putting one back.</summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(string verb, Arguments parsed, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.Positional.Count != 1)
        {
            throw new UsageException($"{verb} needs exactly one file");
        }

        var file = parsed.Positional[0];
        try
        {
            using var database = await DashboardDatabase.OpenAsync(settings);
            var backup = database.Get<DatabaseBackup>();
            if (verb == "backup")
            {
                var documents = await backup.BackupToAsync(file);
                await database.Get<Dashboard.Data.Audit.AuditLog>().RecordAsync(ImportCommand.Who, "backup", Path.GetFullPath(file), $"{documents} documents");
                await output.WriteLineAsync($"backed up       {Path.GetFullPath(file)} ({documents} documents) from {database.Description}");
            }
            else
            {
                var documents = await backup.RestoreFromAsync(file);
                await database.Get<Dashboard.Data.Audit.AuditLog>().RecordAsync(ImportCommand.Who, "restore", Path.GetFullPath(file), $"{documents} documents");
                await output.WriteLineAsync($"restored        {Path.GetFullPath(file)} ({documents} documents) into {database.Description}");
            }

            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is BackupException or DatabaseStartupException)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}
