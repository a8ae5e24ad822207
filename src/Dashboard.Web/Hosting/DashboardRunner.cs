using Dashboard.Core.Analysis.Entities;
using Dashboard.Data;
using Dashboard.Data.Analysis;
using Dashboard.Data.Import;
using Dashboard.Web.Accounts;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Starts the dashboard: prepares the database and the sample corpus, then listens. Problems a
/// person can fix (database file, port) end the process with one line on stderr and exit code 1.
/// </summary>
public static partial class DashboardRunner
{
    public static async Task<int> RunDashboardAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var stopping = app.Lifetime.ApplicationStopping;
        try
        {
            app.Services.GetRequiredService<Dashboard.Data.Gazetteers.GazetteerSource>(); // the shipped file validated now, not at the first import
            await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(stopping);
            var options = app.Services.GetRequiredService<IOptions<DashboardOptions>>().Value;
            await using (await app.Services.GetRequiredService<StartupLock>().AcquireAsync(stopping))
            {
                await app.Services.GetRequiredService<SampleCorpus>().ImportOnceAsync(options.ResolveSampleArticles(), stopping);
                await app.Services.GetRequiredService<AnalysisStore>().AnalyzePendingAsync(stopping);
                await app.Services.GetRequiredService<AnalysisStore>().RebuildCorpusIfStaleAsync(stopping); // an import stopped before its end
                await app.Services.GetRequiredService<DocumentImporter>().FingerprintMissingAsync(stopping);
            }
        }
        catch (Exception ex) when (ex is DatabaseStartupException or GazetteerException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }

        TemporaryFolders.SweepStale(DateTime.UtcNow); // copies of databases an interrupted backup or restore left behind
        var urls = ListenAddresses.Configured(app.Configuration);
        try
        {
            // Checked first so a busy port gives one clear line rather than the host's stack trace.
            ListenAddresses.EnsureAvailable(urls);
            await app.StartAsync(stopping);
        }
        catch (Exception ex) when (ex is AddressInUseException || ex.InnerException is AddressInUseException)
        {
            await Console.Error.WriteLineAsync(
                $"error: cannot listen on {string.Join(';', urls)}: the port is already in use. Stop the other program or choose another port, e.g. --urls http://127.0.0.1:5181");
            return 1;
        }

        // In the background: the first corrections of a meeting then find the analysis' patterns built and the partitions in memory (decisions 028, 033).
        var preparing = Task.CompletedTask;
        if (DashboardOptions.PreparesForCorrections(app.Configuration))
        {
            preparing = Task.Run(() => PrepareForCorrectionsAsync(app, stopping), CancellationToken.None);
        }
        else
        {
            LogPreparationSkipped(app.Logger);
        }

        await PrintAddressesAsync(app);
        await app.WaitForShutdownAsync(stopping);
        // Waited for: a connection it still held at exit would stay open, and leave the write-ahead log beside the file.
        await preparing;
        return 0;
    }

    private static async Task PrintAddressesAsync(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var database = app.Services.GetRequiredService<DatabaseLocation>();
        // The address comes last: whoever waits for it (a person, a test) has seen the rest.
        Console.WriteLine($"Database: {database.Description}");
        var mode = app.Services.GetRequiredService<AccessMode>();
        Console.WriteLine(mode.BeyondLoopback
            ? "Listening beyond this computer: everyone signs in."
            : "Listening on this computer only: single-user mode until the first account is created (/setup).");
        if (!await mode.AccountsExistAsync(app.Lifetime.ApplicationStopping))
        {
            // Whoever reaches /setup from elsewhere (another computer, a proxy) must prove they read this console.
            Console.WriteLine($"No accounts yet: to create the administrator from another computer or through a proxy, open /setup with the set-up code {mode.SetupCode}");
        }

        foreach (var address in addresses)
        {
            Console.WriteLine($"Briefing Dashboard is running at {address}/");
        }

        Console.WriteLine("Press Ctrl+C to stop.");
    }

    /// <summary>
    /// The partitions read and clustered (decision 033): again if a change landed while they were read (a
    /// few tries; corrections take the slower way until then), never failing the server.
    /// </summary>
    private static async Task PrepareForCorrectionsAsync(WebApplication app, CancellationToken stopping)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                if (await app.Services.GetRequiredService<UpdatePreparation>().PrepareAsync(stopping))
                {
                    var seconds = Math.Round(clock.Elapsed.TotalSeconds, 1);
                    LogReadyForCorrections(app.Logger, seconds);
                    return;
                }
            }

            LogNotPreparedForCorrections(app.Logger, "the corpus changed while it was read, or its results wait for a rebuild");
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogNotPreparedForCorrections(app.Logger, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not prepared for corrections ({Reason}): corrections read their partitions as they come until a rebuild or the next start.")]
    private static partial void LogNotPreparedForCorrections(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Not preparing for corrections (Dashboard:PrepareForCorrections=false): the first correction builds the analysis' patterns and reads its partitions.")]
    private static partial void LogPreparationSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ready for corrections: the analysis' patterns built and every partition clustered in {Seconds} s.")]
    private static partial void LogReadyForCorrections(ILogger logger, double seconds);
}
