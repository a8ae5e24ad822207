namespace Dashboard.Data.Entities;

/// <summary>
/// A local account. The stamp changes whenever the password, role or status changes, which ends
/// every session signed in before the change.
/// </summary>
public sealed class Account
{
    public int Id { get; set; }

    public required string UserName { get; set; }

    public required string Role { get; set; }

    public required string PasswordHash { get; set; }

    public required string SecurityStamp { get; set; }

    public int FailedLogins { get; set; }

    public DateTime? LockedUntil { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DisabledAt { get; set; }
}
