using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class SessionKeyConfiguration : IEntityTypeConfiguration<SessionKey>
{
    public void Configure(EntityTypeBuilder<SessionKey> builder)
    {
        builder.ToTable("SessionKeys");
        builder.Property(k => k.Name).HasMaxLength(100).IsRequired();
        builder.Property(k => k.Xml).IsRequired();
    }
}
