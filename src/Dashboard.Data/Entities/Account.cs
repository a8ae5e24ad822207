using Microsoft.AspNetCore.Identity;

namespace Dashboard.Data.Entities;

/// <summary>
/// A local account: an Identity user (name, password hash, security stamp, lock-out state) with
/// the dashboard's role and status. The stamp changes whenever the password, role or status
/// changes, and at sign-out, which ends every session signed in before.
/// </summary>
public sealed class Account : IdentityUser<int>
{
    public required string Role { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DisabledAt { get; set; }
}
