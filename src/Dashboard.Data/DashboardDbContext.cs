using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options) : DbContext(options)
{
    public DbSet<Document> Documents => Set<Document>();

    public DbSet<AppSetting> AppSettings => Set<AppSetting>();

    public DbSet<Statement> Statements => Set<Statement>();

    public DbSet<StatementStance> StatementStances => Set<StatementStance>();

    public DbSet<UtteranceCluster> UtteranceClusters => Set<UtteranceCluster>();

    public DbSet<ClusterMember> ClusterMembers => Set<ClusterMember>();

    public DbSet<Contradiction> Contradictions => Set<Contradiction>();

    public DbSet<FindingStatement> FindingStatements => Set<FindingStatement>();

    public DbSet<MatrixCell> MatrixCells => Set<MatrixCell>();

    public DbSet<Annotation> Annotations => Set<Annotation>();

    public DbSet<AnnotationRevision> AnnotationRevisions => Set<AnnotationRevision>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<GazetteerVersion> GazetteerVersions => Set<GazetteerVersion>();

    public DbSet<SessionKey> SessionKeys => Set<SessionKey>();

    public DbSet<DocumentPage> DocumentPages => Set<DocumentPage>();

    public DbSet<Feed> Feeds => Set<Feed>();

    public DbSet<FeedItem> FeedItems => Set<FeedItem>();

    public DbSet<Deck> Decks => Set<Deck>();

    public DbSet<Slide> Slides => Set<Slide>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // SQLite has NOCASE built in; on PostgreSQL it is a case-insensitive ICU collation (migration 0700).
        modelBuilder.HasCollation("NOCASE", locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
    }

    /// <summary>
    /// Every time the dashboard stores is UTC. PostgreSQL's <c>timestamptz</c> insists on being told so
    /// (it refuses a DateTime of unspecified kind); SQLite forgets it on reading. The converter keeps
    /// both providers handing back the same values.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
