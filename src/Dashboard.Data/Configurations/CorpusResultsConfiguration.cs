using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class UtteranceClusterConfiguration : IEntityTypeConfiguration<UtteranceCluster>
{
    public void Configure(EntityTypeBuilder<UtteranceCluster> builder)
    {
        builder.ToTable("UtteranceClusters");
        builder.Property(c => c.Id).HasMaxLength(20);
        builder.Property(c => c.DiscrepanciesJson).IsRequired();
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.ClusterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClusterMemberConfiguration : IEntityTypeConfiguration<ClusterMember>
{
    public void Configure(EntityTypeBuilder<ClusterMember> builder)
    {
        builder.ToTable("ClusterMembers");
        builder.HasKey(m => new { m.ClusterId, m.StatementId });
        builder.Property(m => m.ClusterId).HasMaxLength(20);
        builder.HasOne<Statement>().WithMany().HasForeignKey(m => m.StatementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.StatementId);
    }
}

internal sealed class ContradictionConfiguration : IEntityTypeConfiguration<Contradiction>
{
    public void Configure(EntityTypeBuilder<Contradiction> builder)
    {
        builder.ToTable("Contradictions");
        builder.Property(c => c.Fingerprint).HasMaxLength(300).IsRequired();
        builder.HasIndex(c => c.Fingerprint).IsUnique();
        builder.Property(c => c.Actor).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Program).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Kind).HasMaxLength(20).IsRequired();
        builder.Property(c => c.Explanation).IsRequired();
        builder.HasOne<Statement>().WithMany().HasForeignKey(c => c.StatementAId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Statement>().WithMany().HasForeignKey(c => c.StatementBId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.Actor, c.Program });
        builder.HasIndex(c => c.StatementAId);
        builder.HasIndex(c => c.StatementBId);
        builder.Property(c => c.EarlierFrom).HasMaxLength(10);
        builder.Property(c => c.EarlierTo).HasMaxLength(10);
        builder.Property(c => c.EarlierStance).HasMaxLength(20).IsRequired();
        builder.Property(c => c.LaterFrom).HasMaxLength(10);
        builder.Property(c => c.LaterTo).HasMaxLength(10);
        builder.Property(c => c.LaterStance).HasMaxLength(20).IsRequired();
        builder.HasMany(c => c.Statements).WithOne().HasForeignKey(m => m.ContradictionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FindingStatementConfiguration : IEntityTypeConfiguration<FindingStatement>
{
    public void Configure(EntityTypeBuilder<FindingStatement> builder)
    {
        builder.ToTable("FindingStatements");
        builder.HasKey(m => new { m.ContradictionId, m.StatementId });
        builder.HasOne<Statement>().WithMany().HasForeignKey(m => m.StatementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.StatementId);
    }
}

internal sealed class MatrixCellConfiguration : IEntityTypeConfiguration<MatrixCell>
{
    public void Configure(EntityTypeBuilder<MatrixCell> builder)
    {
        builder.ToTable("MatrixCells");
        builder.HasKey(c => new { c.Actor, c.Program });
        builder.Property(c => c.Actor).HasMaxLength(200);
        builder.Property(c => c.Program).HasMaxLength(200);
        builder.Property(c => c.Latest).HasMaxLength(20).IsRequired();
        builder.Property(c => c.Previous).HasMaxLength(20);
        builder.Property(c => c.StatementIdsJson).IsRequired();
    }
}
