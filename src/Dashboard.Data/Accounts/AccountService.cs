using System.Security.Cryptography;
using Dashboard.Data.Audit;
using Dashboard.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Accounts;

public sealed record AccountView(int Id, string UserName, string Role, bool Disabled, DateTime? LockedUntil, int FailedLogins, DateTime CreatedAt);

/// <summary>The signed-in identity a session carries: checked against the stored account on every request.</summary>
public sealed record AccountTicket(string UserName, string Role, string SecurityStamp);

public enum SignInStatus
{
    Success,
    Wrong,
    LockedOut,
    Disabled,
    TooLong,
}

public sealed record SignInResult(SignInStatus Status, AccountTicket? Ticket = null, DateTime? LockedUntil = null)
{
    /// <summary>
    /// What the person is told. A wrong password, an unknown name and a locked account read the same
    /// (and take as long): the answer never tells which user names exist.
    /// </summary>
    public string Message => Status switch
    {
        SignInStatus.Success => "Signed in.",
        SignInStatus.Disabled => "This account is disabled. Ask an administrator.",
        SignInStatus.TooLong => $"Passwords are at most {AccountService.MaxPasswordLength} characters; nothing was checked.",
        _ => $"Wrong user name or password. After {AccountService.MaxFailedLogins} failed attempts an account waits {AccountService.LockOut.TotalMinutes:0} minutes (an administrator can unlock it sooner).",
    };
}

/// <summary>An account change that was refused, with the reason a person can act on.</summary>
public sealed class AccountException(string message) : Exception(message);

/// <summary>
/// Local accounts: creation (the first one must be an administrator), sign-in with lock-out after
/// repeated failures, role changes, password resets, disabling. Passwords are hashed with the
/// framework's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted, versioned).
/// </summary>
public sealed class AccountService(IDbContextFactory<DashboardDbContext> contextFactory, AuditLog audit, TimeProvider clock)
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 256;
    public const int MaxUserNameLength = 64;
    public const int MaxFailedLogins = 5;
    public static readonly TimeSpan LockOut = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<Account> Hasher = new();

    // Hashed once so an unknown user name costs as much as a wrong password: timing does not tell
    // which user names exist.
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(null!, "decoy password for timing"));

    /// <summary>Raised in this process when an account is created: single-user sessions end at once.</summary>
    public event Action? AccountCreated;

    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Accounts.AnyAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AccountView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Accounts.AsNoTracking().OrderBy(a => a.UserName)
            .Select(a => new AccountView(a.Id, a.UserName, a.Role, a.DisabledAt != null, a.LockedUntil, a.FailedLogins, a.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The account as it is now, or null when it no longer exists or is disabled.</summary>
    public async Task<AccountTicket?> CurrentAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Accounts.AsNoTracking().Where(a => a.UserName == userName && a.DisabledAt == null)
            .Select(a => new AccountTicket(a.UserName, a.Role, a.SecurityStamp))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <exception cref="AccountException">Invalid name, role or password, a taken name, or a first account that is not an administrator.</exception>
    public Task<AccountView> CreateAsync(string userName, string role, string password, string who, CancellationToken cancellationToken = default) =>
        CreateAsync(userName, role, password, who, firstOnly: false, cancellationToken);

    /// <summary>First-run set-up: the administrator, refused once any account exists (checked in the same transaction, so two set-ups cannot both win).</summary>
    /// <exception cref="AccountException">Invalid name or password, or accounts already exist.</exception>
    public Task<AccountView> CreateFirstAsync(string userName, string password, CancellationToken cancellationToken = default) =>
        CreateAsync(userName, Roles.Administrator, password, (userName ?? "").Trim() + " (first-run set-up)", firstOnly: true, cancellationToken);

    private async Task<AccountView> CreateAsync(string userName, string role, string password, string who, bool firstOnly, CancellationToken cancellationToken)
    {
        var name = ValidUserName(userName);
        ValidRole(role);
        ValidPassword(password);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var account = await InsertAsync(name, role, password, firstOnly, cancellationToken);
                AccountCreated?.Invoke();
                await audit.RecordAsync(who, "account created", name, $"role {role}", cancellationToken);
                return View(account);
            }
            catch (Exception ex) when (attempt < 5 && DatabaseErrors.IsWriteConflict(ex))
            {
                // Someone created an account at the same moment: the next try sees it (and refuses a second "first" one).
            }
        }
    }

    /// <summary>One serializable transaction, so two set-ups at once cannot both find no account (PostgreSQL would let both through under its default isolation).</summary>
    private async Task<Account> InsertAsync(string name, string role, string password, bool firstOnly, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var first = !await db.Accounts.AnyAsync(cancellationToken);
        if (firstOnly && !first)
        {
            throw new AccountException("The dashboard is already set up: sign in, or ask an administrator for an account.");
        }

        if (first && role != Roles.Administrator)
        {
            throw new AccountException("The first account must be an administrator, so someone can manage the others.");
        }

        if (await db.Accounts.AnyAsync(a => a.UserName == name, cancellationToken))
        {
            throw new AccountException($"There is already an account named \"{name}\".");
        }

        var account = new Account
        {
            UserName = name,
            Role = role,
            PasswordHash = Hasher.HashPassword(null!, password),
            SecurityStamp = NewStamp(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return account;
    }

    /// <summary>
    /// Checks a password. Every attempt first takes one of the account's five tries in one atomic
    /// update, and only then is the password checked: parallel attempts cannot check more than five
    /// passwords between two lock-outs, on one instance or many. The fifth failure locks the account
    /// for 15 minutes; a locked account is not checked at all. A success gives the tries back.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        if (password.Length > MaxPasswordLength)
        {
            return new SignInResult(SignInStatus.TooLong);
        }

        var name = userName.Trim();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var account = name.Length is 0 or > MaxUserNameLength ? null : await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.UserName == name, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await ReleaseExpiredLockAsync(db, account, now, cancellationToken);
        var reserved = account is not null && await db.Accounts
            .Where(a => a.Id == account.Id && a.FailedLogins < MaxFailedLogins && (a.LockedUntil == null || a.LockedUntil <= now))
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.FailedLogins, a => a.FailedLogins + 1), cancellationToken) == 1;
        if (!reserved)
        {
            // Unknown, or locked: the same work and the same answer as a wrong password.
            Hasher.VerifyHashedPassword(null!, DecoyHash.Value, password);
            return new SignInResult(account is null ? SignInStatus.Wrong : SignInStatus.LockedOut);
        }

        var verdict = Hasher.VerifyHashedPassword(account!, account!.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var lockedUntil = now + LockOut;
            if (await db.Accounts.Where(a => a.Id == account.Id && a.FailedLogins >= MaxFailedLogins && (a.LockedUntil == null || a.LockedUntil <= now))
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.LockedUntil, lockedUntil), cancellationToken) == 1)
            {
                await audit.RecordAsync(account.UserName, "account locked", account.UserName, $"{MaxFailedLogins} failed sign-ins", cancellationToken);
            }

            return new SignInResult(SignInStatus.Wrong);
        }

        if (account.DisabledAt is not null)
        {
            return new SignInResult(SignInStatus.Disabled);
        }

        var tracked = await db.Accounts.FirstAsync(a => a.Id == account.Id, cancellationToken);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            tracked.PasswordHash = Hasher.HashPassword(tracked, password);
        }

        tracked.FailedLogins = 0;
        tracked.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        return new SignInResult(SignInStatus.Success, new AccountTicket(tracked.UserName, tracked.Role, tracked.SecurityStamp));
    }

    /// <summary>A lock-out that has run its time gives the account its five tries again.</summary>
    private static async Task ReleaseExpiredLockAsync(DashboardDbContext db, Account? account, DateTime now, CancellationToken cancellationToken)
    {
        if (account is not null)
        {
            await db.Accounts.Where(a => a.Id == account.Id && a.LockedUntil != null && a.LockedUntil <= now)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.LockedUntil, (DateTime?)null).SetProperty(a => a.FailedLogins, 0), cancellationToken);
        }
    }

    /// <summary>
    /// Sign-out ends the account's sessions: a new security stamp makes every cookie issued before it
    /// worthless, so a copied cookie replayed after sign-out is refused (on every browser of the account).
    /// </summary>
    public async Task SignOutAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stamp = NewStamp();
        await db.Accounts.Where(a => a.UserName == userName).ExecuteUpdateAsync(u => u.SetProperty(a => a.SecurityStamp, stamp), cancellationToken);
    }

    public Task ChangeRoleAsync(int id, string role, string who, CancellationToken cancellationToken = default)
    {
        ValidRole(role);
        return ChangeAsync(id, who, "role changed", async (db, account) =>
        {
            if (account.Role == Roles.Administrator && role != Roles.Administrator)
            {
                await EnsureAnotherAdministratorAsync(db, account, cancellationToken);
            }

            var detail = $"{account.Role} → {role}";
            account.Role = role;
            return detail;
        }, cancellationToken);
    }

    public Task ResetPasswordAsync(int id, string password, string who, CancellationToken cancellationToken = default)
    {
        ValidPassword(password);
        return ChangeAsync(id, who, "password reset", (_, account) =>
        {
            account.PasswordHash = Hasher.HashPassword(account, password);
            account.FailedLogins = 0;
            account.LockedUntil = null;
            return Task.FromResult("");
        }, cancellationToken);
    }

    public Task SetDisabledAsync(int id, bool disabled, string who, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, who, disabled ? "account disabled" : "account enabled", async (db, account) =>
        {
            if (disabled && account.Role == Roles.Administrator)
            {
                await EnsureAnotherAdministratorAsync(db, account, cancellationToken);
            }

            account.DisabledAt = disabled ? clock.GetUtcNow().UtcDateTime : null;
            return "";
        }, cancellationToken);

    public Task UnlockAsync(int id, string who, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, who, "account unlocked", (_, account) =>
        {
            account.LockedUntil = null;
            account.FailedLogins = 0;
            return Task.FromResult("");
        }, cancellationToken);

    /// <summary>Applies a change, renews the stamp (ending the account's other sessions) and records it.</summary>
    private async Task ChangeAsync(int id, string who, string action, Func<DashboardDbContext, Account, Task<string>> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new AccountException("That account no longer exists.");
        var detail = await change(db, account);
        account.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(who, action, account.UserName, detail, cancellationToken);
    }

    private static async Task EnsureAnotherAdministratorAsync(DashboardDbContext db, Account account, CancellationToken cancellationToken)
    {
        if (!await db.Accounts.AnyAsync(a => a.Id != account.Id && a.Role == Roles.Administrator && a.DisabledAt == null, cancellationToken))
        {
            throw new AccountException($"{account.UserName} is the only active administrator; make someone else an administrator first.");
        }
    }

    private static string ValidUserName(string userName)
    {
        var name = (userName ?? "").Trim();
        if (name.Length == 0)
        {
            throw new AccountException("Give a user name.");
        }

        if (name.Length > MaxUserNameLength)
        {
            throw new AccountException($"User names are at most {MaxUserNameLength} characters.");
        }

        if (!name.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '@'))
        {
            throw new AccountException("User names may contain letters, digits and . - _ @ only.");
        }

        return name;
    }

    private static void ValidRole(string role)
    {
        if (!Roles.IsKnown(role))
        {
            throw new AccountException($"Unknown role \"{role}\": choose {string.Join(", ", Roles.All)}.");
        }
    }

    private static void ValidPassword(string password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinPasswordLength)
        {
            throw new AccountException($"Passwords need at least {MinPasswordLength} characters.");
        }

        if (password.Length > MaxPasswordLength)
        {
            throw new AccountException($"Passwords are at most {MaxPasswordLength} characters.");
        }
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static AccountView View(Account a) => new(a.Id, a.UserName, a.Role, a.DisabledAt != null, a.LockedUntil, a.FailedLogins, a.CreatedAt);
}
