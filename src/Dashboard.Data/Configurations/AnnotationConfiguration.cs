using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class AnnotationConfiguration : IEntityTypeConfiguration<Annotation>
{
    public void Configure(EntityTypeBuilder<Annotation> builder)
    {
        builder.ToTable("Annotations");
        builder.Property(a => a.Kind).HasMaxLength(20).IsRequired();
        builder.Property(a => a.TargetType).HasMaxLength(20).IsRequired();
        builder.Property(a => a.TargetKey).HasMaxLength(400).IsRequired();
        builder.Property(a => a.Body).HasMaxLength(10_000).IsRequired();
        builder.Property(a => a.Verdict).HasMaxLength(20);
        builder.Property(a => a.Anchor).HasMaxLength(4_000);
        builder.Property(a => a.Author).HasMaxLength(100).IsRequired();
        builder.Property(a => a.EditedBy).HasMaxLength(100);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.TargetType, a.TargetKey });
        // One live verdict per item and one live tag of a wording per item, whoever adds it and on
        // whichever server: the second of two at once is refused by the database, not by a check
        // that both could pass (decision 027). Filters in SQL both providers read alike.
        builder.HasIndex(a => new { a.TargetType, a.TargetKey }, "UX_Annotations_OneVerdict").IsUnique().HasFilter("\"Kind\" = 'verdict' AND \"Deleted\" = FALSE");
        builder.HasIndex(a => new { a.TargetType, a.TargetKey, a.Body }, "UX_Annotations_OneTag").IsUnique().HasFilter("\"Kind\" = 'tag' AND \"Deleted\" = FALSE");
        builder.HasMany(a => a.Revisions).WithOne().HasForeignKey(r => r.AnnotationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnnotationRevisionConfiguration : IEntityTypeConfiguration<AnnotationRevision>
{
    public void Configure(EntityTypeBuilder<AnnotationRevision> builder)
    {
        builder.ToTable("AnnotationRevisions");
        builder.Property(r => r.Body).HasMaxLength(10_000).IsRequired();
        builder.Property(r => r.Verdict).HasMaxLength(20);
        builder.Property(r => r.Author).HasMaxLength(100).IsRequired();
        builder.HasIndex(r => r.AnnotationId);
    }
}
