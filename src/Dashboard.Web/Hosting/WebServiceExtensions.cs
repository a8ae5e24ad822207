using Dashboard.Web.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HostFiltering;
using Dashboard.Web.Components.Ui;
using Dashboard.Web.Components;
using Dashboard.Web.Endpoints;
using MudBlazor.Services;

namespace Dashboard.Web.Hosting;

public static class WebServiceExtensions
{
    /// <summary>Registers Razor components with interactive server rendering and the dashboard's options.</summary>
    public static WebApplicationBuilder AddDashboardWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Feeds are polled by the app (every instance; a lease in the database decides which polls a feed).
        builder.Services.AddHostedService<Dashboard.Data.Feeds.FeedPollingService>();

        var listen = ListenAddresses.Configured(builder.Configuration);
        if (listen is [DashboardOptions.DefaultUrl])
        {
            builder.WebHost.UseUrls(DashboardOptions.DefaultUrl);
        }

        // On loopback, answer only to loopback names: a web page elsewhere cannot reach the
        // dashboard by pointing a name of its own at 127.0.0.1 (DNS rebinding).
        if (listen.All(ListenAddresses.IsLoopback) && builder.Configuration["AllowedHosts"] is null or "*")
        {
            builder.Services.PostConfigure<HostFilteringOptions>(options => options.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"]);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);

        // Serves the development manifest of static web assets (our top-level wwwroot, Blazor's
        // script and packages' _content/) in every environment when running from build output;
        // a published app has no such manifest and serves its own wwwroot.
        builder.WebHost.UseStaticWebAssets();

        builder.Services.Configure<DashboardOptions>(builder.Configuration.GetSection(DashboardOptions.Section));
        builder.Services.AddHttpContextAccessor();
        // Circuit limits, chosen rather than inherited: a disconnected browser keeps its circuit for
        // three minutes (a laptop lid closed between agenda items), at most 100 such circuits are
        // kept; one message may carry the longest field (BrowserText) in any script.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents(options =>
        {
            options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(3);
            options.DisconnectedCircuitMaxRetained = 100;
            options.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
            options.MaxBufferedUnacknowledgedRenderBatches = 10;
        }).AddHubOptions(hub => hub.MaximumReceiveMessageSize = BrowserText.MaxMessageBytes);
        builder.Services.AddMudServices();
        builder.Services.AddScoped<Annotator>();
        builder.Services.AddScoped<Components.Filtering.FilterPanelState>();
        builder.Services.AddDashboardAccounts();
        // Session cookies and antiforgery tokens are sealed with these keys. They survive restarts:
        // beside a SQLite file (they move with the data), or in a PostgreSQL database, where every
        // instance of a team server reads the same ring.
        var database = Data.DatabaseLocation.FromConfiguration(builder.Configuration);
        var protection = builder.Services.AddDataProtection().SetApplicationName("BriefingDashboard");
        if (database.IsSqlite)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(database.FilePath)!, "keys")));
        }
        else
        {
            builder.Services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
                .Configure<IServiceProvider>((options, services) => options.XmlRepository = services.GetRequiredService<Data.Accounts.DatabaseKeyRepository>());
            builder.Services.AddSingleton<Data.Accounts.DatabaseKeyRepository>();
        }
        return builder;
    }

    /// <summary>The request pipeline: errors, static assets with fingerprinting, antiforgery, components.</summary>
    public static WebApplication UseDashboardWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseSecurityHeaders();
        app.UseRequestLimits();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseDashboardAccounts();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous(); // the sign-in page needs its styles
        app.MapSignOut();
        app.MapAnnotationExport();
        app.MapViewExport();
        app.MapDataDownloads();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
