using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Data.Configurations;

/// <summary>
/// Identity's user on the table the dashboard has always had: the lock-out count and end keep their
/// column names (and the end its UTC date-time type), and what the dashboard does not use (e-mail,
/// telephone, two-factor) is not stored.
/// </summary>
internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    private static readonly ValueConverter<DateTimeOffset?, DateTime?> Utc = new(
        value => value.HasValue ? value.Value.UtcDateTime : null,
        value => value.HasValue ? new DateTimeOffset(DateTime.SpecifyKind(value.Value, DateTimeKind.Utc)) : null);

    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("Accounts");
        // NOCASE: "Ada" and "ada" are one account, so nobody can register a look-alike of a colleague.
        builder.Property(a => a.UserName).HasMaxLength(64).IsRequired().UseCollation("NOCASE");
        builder.Property(a => a.NormalizedUserName).HasMaxLength(64);
        builder.Property(a => a.Role).HasMaxLength(20).IsRequired();
        builder.Property(a => a.PasswordHash).HasMaxLength(200).IsRequired();
        builder.Property(a => a.SecurityStamp).HasMaxLength(40).IsRequired();
        builder.Property(a => a.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        builder.Property(a => a.AccessFailedCount).HasColumnName("FailedLogins");
        builder.Property(a => a.LockoutEnd).HasColumnName("LockedUntil").HasConversion(Utc);
        builder.Property(a => a.LockoutEnabled).HasDefaultValue(true);
        builder.Ignore(a => a.Email);
        builder.Ignore(a => a.NormalizedEmail);
        builder.Ignore(a => a.EmailConfirmed);
        builder.Ignore(a => a.PhoneNumber);
        builder.Ignore(a => a.PhoneNumberConfirmed);
        builder.Ignore(a => a.TwoFactorEnabled);
        builder.HasIndex(a => a.UserName).IsUnique();
        builder.HasIndex(a => a.NormalizedUserName).IsUnique();
    }
}
