using Dashboard.Data.Analysis;
using Dashboard.Data.Annotations;
using Dashboard.Data.Audit;
using Dashboard.Data.Backup;
using Dashboard.Data.Briefing;
using Dashboard.Data.Gazetteers;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Web;
using Dashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Data;

public static class DataServiceExtensions
{
    /// <summary>Registers the database (a context factory, never a circuit-long context), the schema initializer, import and queries.</summary>
    public static IHostApplicationBuilder AddDashboardData(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var location = DatabaseLocation.FromConfiguration(builder.Configuration);
        builder.Services.AddSingleton(location);
        builder.Services.AddDbContextFactory<DashboardDbContext>(options => options.UseDashboardDatabase(location));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DatabaseInitializer>();
        builder.Services.AddSingleton<DatabaseBackup>();
        builder.Services.AddSingleton<AuditLog>();
        // Accounts are Identity users in our own context (decision 013); the manager and its store live in a scope each use opens.
        builder.Services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext());
        builder.Services.AddIdentityCore<Entities.Account>(Accounts.AccountService.Configure)
            .AddUserStore<Microsoft.AspNetCore.Identity.EntityFrameworkCore.UserOnlyStore<Entities.Account, DashboardDbContext, int>>();
        builder.Services.AddSingleton<Accounts.AccountService>();
        // The shipped gazetteer is loaded (and validated) on first use; the host resolves it at
        // start-up so a broken file stops the app with its line numbers instead of failing the first
        // import. Versions saved in the dashboard replace it once the database is open.
        var gazetteerPath = Path.GetFullPath(builder.Configuration["Dashboard:Gazetteer"] ?? Path.Combine("data", "gazetteer.json"), AppContext.BaseDirectory);
        builder.Services.AddSingleton(sp => new GazetteerSource(
            gazetteerPath, sp.GetRequiredService<IDbContextFactory<DashboardDbContext>>(), sp.GetRequiredService<AuditLog>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<AnalysisStore>();
        builder.Services.AddSingleton<ReanalysisJob>();
        builder.Services.AddSingleton<DocumentImporter>();
        builder.Services.AddSingleton(ImportLimits.FromConfiguration(builder.Configuration));
        builder.Services.AddSingleton<ImportService>();
        builder.Services.AddWebImport(builder.Configuration);
        builder.Services.AddSingleton(Feeds.FeedOptions.FromConfiguration(builder.Configuration));
        builder.Services.AddSingleton<Feeds.FeedService>();
        builder.Services.AddSingleton<Feeds.FeedPoller>();
        builder.Services.AddSingleton<DeletedDocuments>();
        builder.Services.AddSingleton<UpdatePreparation>();
        builder.Services.AddSingleton<SampleCorpus>();
        builder.Services.AddSingleton<StartupLock>();
        builder.Services.AddSingleton<DocumentQueries>();
        builder.Services.AddSingleton<StatementQueries>();
        builder.Services.AddSingleton<MatrixQueries>();
        builder.Services.AddSingleton<CorpusQueries>();
        builder.Services.AddSingleton<ComparisonQueries>();
        builder.Services.AddSingleton<TargetQueries>();
        builder.Services.AddSingleton<Export.ViewFiles>();
        builder.Services.AddSingleton<FilterOptions>();
        builder.Services.AddSingleton<Search.GlobalSearch>();
        if (location.IsSqlite)
        {
            builder.Services.AddSingleton<IAnnotationNotifier, InProcessAnnotationNotifier>();
        }
        else
        {
            // Several instances may share a server database: changes travel through it (LISTEN/NOTIFY).
            builder.Services.AddSingleton<PostgresAnnotationNotifier>();
            builder.Services.AddSingleton<IAnnotationNotifier>(sp => sp.GetRequiredService<PostgresAnnotationNotifier>());
            builder.Services.AddHostedService(sp => sp.GetRequiredService<PostgresAnnotationNotifier>());
        }

        builder.Services.AddSingleton<AnnotationService>();
        builder.Services.AddSingleton<BriefingQueries>();
        builder.Services.AddSingleton<BriefingPresenter>();
        builder.Services.AddSingleton<BriefingDeck>();
        return builder;
    }

    private static readonly SqliteMemoryMap MemoryMap = new();

    /// <summary>The one place the provider is chosen (decision 010), shared by the app, the command line and the tests.</summary>
    public static DbContextOptionsBuilder UseDashboardDatabase(this DbContextOptionsBuilder options, DatabaseLocation location)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(location);
        // Statements refer to documents, which have a filter (deleted ones are hidden); a deleted
        // document's statements are removed with it, so the filter never hides a statement's parent.
        var configured = location.IsSqlite
            ? options.UseSqlite(location.ConnectionString).AddInterceptors(MemoryMap)
            : options.UseNpgsql(location.ConnectionString)
                // One set of migrations serves both providers; its model snapshot is SQLite's (decision 016),
                // so on PostgreSQL EF would see every column type as a pending change. The schema test
                // (migrations against the model) runs on both providers instead.
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        // A query whose rows depend on the database's order of the day is a bug, not a warning:
        // thrown, every query the test suites run (on both providers) proves it is ordered.
        return configured
            .ConfigureWarnings(w => w
                .Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning)
                .Throw(CoreEventId.RowLimitingOperationWithoutOrderByWarning, CoreEventId.FirstWithoutOrderByAndFilterWarning));
    }
}
