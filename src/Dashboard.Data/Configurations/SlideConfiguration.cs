using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class SlideConfiguration : IEntityTypeConfiguration<Slide>
{
    public void Configure(EntityTypeBuilder<Slide> builder)
    {
        builder.ToTable("Slides");
        builder.Property(s => s.TargetType).HasMaxLength(20).IsRequired();
        builder.Property(s => s.TargetKey).HasMaxLength(400).IsRequired();
        builder.Property(s => s.Title).HasMaxLength(Briefing.BriefingDeck.MaxTitleLength).IsRequired();
        builder.Property(s => s.Notes).HasMaxLength(Briefing.BriefingDeck.MaxNotesLength).IsRequired();
        builder.Property(s => s.Snapshot).HasMaxLength(600).IsRequired();
        builder.Property(s => s.LookupActor).HasMaxLength(200);
        builder.Property(s => s.LookupProgram).HasMaxLength(200);
        builder.Property(s => s.LookupWords).HasMaxLength(200);
        builder.Property(s => s.PinnedBy).HasMaxLength(100).IsRequired();
        builder.Property(s => s.EditedBy).HasMaxLength(100);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.TargetType, s.TargetKey });
        builder.HasIndex(s => s.DeckId);
        // An item is pinned to a briefing once, even when two people pin it at the same moment (decision 027).
        builder.HasIndex(s => new { s.DeckId, s.TargetType, s.TargetKey }, "UX_Slides_PinnedOnce").IsUnique().HasFilter("\"RemovedAt\" IS NULL");
        builder.HasOne<Deck>().WithMany().HasForeignKey(s => s.DeckId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeckConfiguration : IEntityTypeConfiguration<Deck>
{
    public void Configure(EntityTypeBuilder<Deck> builder)
    {
        builder.ToTable("Decks");
        builder.Property(d => d.Name).HasMaxLength(Briefing.BriefingDeck.MaxNameLength).IsRequired();
        builder.Property(d => d.CreatedBy).HasMaxLength(100).IsRequired();
    }
}
