using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Accounts;

/// <summary>
/// Identity finds an account by its normalised name. Accounts made before the move to Identity have
/// none yet: they get it at start, from the normaliser Identity itself uses.
/// </summary>
internal static class AccountNames
{
    private static readonly UpperInvariantLookupNormalizer Normalizer = new();

    public static async Task NormalizeMissingAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var missing = await db.Accounts.Where(a => a.NormalizedUserName == null || a.ConcurrencyStamp == null).ToListAsync(cancellationToken);
        foreach (var account in missing)
        {
            account.NormalizedUserName = Normalizer.NormalizeName(account.UserName);
            account.ConcurrencyStamp ??= Guid.NewGuid().ToString();
        }

        if (missing.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
