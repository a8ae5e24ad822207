using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.ToTable("Documents");
        builder.Property(d => d.FileName).HasMaxLength(260).IsRequired();
        builder.Property(d => d.Title).HasMaxLength(1000);
        builder.Property(d => d.Outlet).HasMaxLength(200);
        builder.Property(d => d.RawText).IsRequired();
        builder.Property(d => d.ContentHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(d => d.ContentHash).IsUnique();
        builder.HasIndex(d => d.PublishedOn);
        builder.Property(d => d.Language).HasMaxLength(10);
        builder.HasIndex(d => d.NearDuplicateOf);
        builder.HasIndex(d => d.SimHash);
        // An outlet's documents without reading their rows (the deletion every query filters on comes after the text).
        builder.HasIndex(d => new { d.Outlet, d.DeletedAt });
        builder.Property(d => d.DeletedBy).HasMaxLength(100);
        builder.Property(d => d.SourceUrl).HasMaxLength(2048);
        builder.HasOne(d => d.Page).WithOne().HasForeignKey<DocumentPage>(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
        // Deleted documents are invisible to every query unless one asks (IgnoreQueryFilters).
        builder.HasQueryFilter(d => d.DeletedAt == null);
    }
}

internal sealed class DocumentPageConfiguration : IEntityTypeConfiguration<DocumentPage>
{
    public void Configure(EntityTypeBuilder<DocumentPage> builder)
    {
        builder.ToTable("DocumentPages");
        builder.HasKey(p => p.DocumentId);
        builder.Property(p => p.Compressed).IsRequired();
    }
}
