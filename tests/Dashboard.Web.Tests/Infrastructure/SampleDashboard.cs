namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>One app with the sample corpus and one browser, shared by the end-to-end tests of a collection.</summary>
public sealed class SampleDashboard : IAsyncLifetime
{
    private DashboardApp? app;

    public Browser Browser { get; } = new();

    public DashboardApp App => app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        var browserStart = Browser.InitializeAsync();
        app = await DashboardApp.StartAsync();
        await browserStart;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        if (app is not null)
        {
            await app.StopAsync();
        }
    }
}

/// <summary>Tests that read the views. They run beside <see cref="SampleDashboardEditsGroup"/> and <see cref="SampleDashboardAxeGroup"/>, each with an app and browser of its own.</summary>
[CollectionDefinition(Name)]
public sealed class SampleDashboardGroup : ICollectionFixture<SampleDashboard>
{
    public const string Name = "Sample dashboard in Chromium";
}

/// <summary>Tests that change what the dashboard holds (imports, notes, corrections, a restart): a second app, so the two groups run side by side.</summary>
[CollectionDefinition(Name)]
public sealed class SampleDashboardEditsGroup : ICollectionFixture<SampleDashboard>
{
    public const string Name = "Sample dashboard in Chromium, being changed";
}

/// <summary>The accessibility scans of every page in both themes: read-only, and long enough to be a group of their own beside the others.</summary>
[CollectionDefinition(Name)]
public sealed class SampleDashboardAxeGroup : ICollectionFixture<SampleDashboard>
{
    public const string Name = "Sample dashboard in Chromium, scanned by axe-core";
}
