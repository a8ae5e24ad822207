using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("Accounts");
        // NOCASE: "Ada" and "ada" are one account, so nobody can register a look-alike of a colleague.
        builder.Property(a => a.UserName).HasMaxLength(64).IsRequired().UseCollation("NOCASE");
        builder.Property(a => a.Role).HasMaxLength(20).IsRequired();
        builder.Property(a => a.PasswordHash).HasMaxLength(200).IsRequired();
        builder.Property(a => a.SecurityStamp).HasMaxLength(40).IsRequired();
        builder.HasIndex(a => a.UserName).IsUnique();
    }
}
