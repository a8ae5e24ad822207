using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class GazetteerVersionConfiguration : IEntityTypeConfiguration<GazetteerVersion>
{
    public void Configure(EntityTypeBuilder<GazetteerVersion> builder)
    {
        builder.ToTable("GazetteerVersions");
        builder.Property(v => v.Json).IsRequired();
        builder.Property(v => v.SavedBy).HasMaxLength(100).IsRequired();
        builder.Property(v => v.Changes).HasMaxLength(4_000).IsRequired();
    }
}
