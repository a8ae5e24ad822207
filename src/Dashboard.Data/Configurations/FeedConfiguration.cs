using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class FeedConfiguration : IEntityTypeConfiguration<Feed>
{
    public void Configure(EntityTypeBuilder<Feed> builder)
    {
        builder.ToTable("Feeds");
        builder.Property(f => f.Url).HasMaxLength(2048).IsRequired();
        // The same feed added twice, even through two instances at once, is refused by the database.
        builder.HasIndex(f => f.Url).IsUnique();
        builder.Property(f => f.Title).HasMaxLength(300);
        builder.Property(f => f.AddedBy).HasMaxLength(100).IsRequired();
        builder.Property(f => f.LastResult).HasMaxLength(500);
        builder.Property(f => f.LeaseOwner).HasMaxLength(64);
        builder.HasIndex(f => f.NextPollAt);
    }
}

internal sealed class FeedItemConfiguration : IEntityTypeConfiguration<FeedItem>
{
    public void Configure(EntityTypeBuilder<FeedItem> builder)
    {
        builder.ToTable("FeedItems");
        builder.Property(i => i.Link).HasMaxLength(2048).IsRequired();
        builder.HasIndex(i => new { i.FeedId, i.Link }).IsUnique();
        builder.Property(i => i.Outcome).HasMaxLength(20).IsRequired();
        builder.Property(i => i.Detail).HasMaxLength(300);
        builder.HasOne<Feed>().WithMany().HasForeignKey(i => i.FeedId).OnDelete(DeleteBehavior.Cascade);
    }
}
