using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.ToTable("Statements");
        builder.Property(s => s.Fingerprint).HasMaxLength(64).IsRequired();
        builder.HasIndex(s => s.Fingerprint).IsUnique();
        builder.Property(s => s.Speaker).HasMaxLength(300);
        builder.Property(s => s.Actor).HasMaxLength(200);
        builder.Property(s => s.Venue).HasMaxLength(300);
        builder.Property(s => s.Kind).HasMaxLength(10).IsRequired().HasDefaultValue("said");
        builder.Property(s => s.Date).HasMaxLength(10);
        builder.Property(s => s.Text).IsRequired();
        builder.HasOne(s => s.Document).WithMany(d => d.Statements).HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.DocumentId, s.Ordinal }).IsUnique();
        builder.HasIndex(s => new { s.Actor, s.DateSort });
        // (date, id): the newest-first order and its keyset pages read straight from the index; with the
        // document and actor, a date range's counts need no statement row (decision 034).
        builder.HasIndex(s => new { s.DateSort, s.Id, s.DocumentId, s.Actor });
    }
}

internal sealed class StatementStanceConfiguration : IEntityTypeConfiguration<StatementStance>
{
    public void Configure(EntityTypeBuilder<StatementStance> builder)
    {
        builder.ToTable("StatementStances");
        builder.Property(s => s.Program).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Label).HasMaxLength(20).IsRequired();
        builder.Property(s => s.CuesJson).IsRequired();
        builder.HasOne(s => s.Statement).WithMany(s => s.Stances).HasForeignKey(s => s.StatementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.Program, s.StatementId });
        // With the program: the programs of some statements are read from the index alone (a filter's overview).
        builder.HasIndex(s => new { s.StatementId, s.Program });
    }
}
