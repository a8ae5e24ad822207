using Dashboard.Core.Analysis.Entities;
using Dashboard.Data;
using Dashboard.Data.Analysis;
using Dashboard.Data.Import;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Starts the dashboard: prepares the database and the sample corpus, then listens. Problems a
/// person can fix (database file, port) end the process with one line on stderr and exit code 1.
/// </summary>
public static class DashboardRunner
{
    public static async Task<int> RunDashboardAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var stopping = app.Lifetime.ApplicationStopping;
        try
        {
            app.Services.GetRequiredService<Gazetteer>(); // validated now, not at the first import
            await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(stopping);
            var options = app.Services.GetRequiredService<IOptions<DashboardOptions>>().Value;
            await app.Services.GetRequiredService<SampleCorpus>().ImportOnceAsync(options.ResolveSampleArticles(), stopping);
            await app.Services.GetRequiredService<AnalysisStore>().AnalyzePendingAsync(stopping);
            await app.Services.GetRequiredService<DocumentImporter>().FingerprintMissingAsync(stopping);
        }
        catch (Exception ex) when (ex is DatabaseStartupException or GazetteerException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }

        var urls = app.Configuration["urls"] ?? DashboardOptions.DefaultUrl;
        // Without accounts there is no login: the dashboard may only be reachable from this computer.
        if (ListenAddresses.BeyondLoopback(urls) is { Count: > 0 } exposed)
        {
            await Console.Error.WriteLineAsync(
                $"error: cannot listen on {string.Join(", ", exposed)}: other computers could reach the dashboard, and listening beyond this computer requires login, which this version does not have yet. Listen on loopback, e.g. --urls http://127.0.0.1:5180");
            return 1;
        }

        try
        {
            // Checked first so a busy port gives one clear line rather than the host's stack trace.
            ListenAddresses.EnsureAvailable(urls);
            await app.StartAsync(stopping);
        }
        catch (Exception ex) when (ex is AddressInUseException || ex.InnerException is AddressInUseException)
        {
            await Console.Error.WriteLineAsync(
                $"error: cannot listen on {urls}: the port is already in use. Stop the other program or choose another port, e.g. --urls http://127.0.0.1:5181");
            return 1;
        }

        PrintAddresses(app);
        await app.WaitForShutdownAsync(stopping);
        return 0;
    }

    private static void PrintAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var database = app.Services.GetRequiredService<DatabaseLocation>();
        // The address comes last: whoever waits for it (a person, a test) has seen the rest.
        Console.WriteLine($"Database: {database.FilePath}");
        foreach (var address in addresses)
        {
            Console.WriteLine($"Briefing Dashboard is running at {address}/");
        }

        Console.WriteLine("Press Ctrl+C to stop.");
    }
}
