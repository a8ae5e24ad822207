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

    public DbSet<MatrixCell> MatrixCells => Set<MatrixCell>();

    public DbSet<Annotation> Annotations => Set<Annotation>();

    public DbSet<AnnotationRevision> AnnotationRevisions => Set<AnnotationRevision>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<GazetteerVersion> GazetteerVersions => Set<GazetteerVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
}
