using Dashboard.Data.Audit;
using Dashboard.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
/// Local accounts on ASP.NET Core Identity (decision 013): Identity's user manager and EF store keep
/// the users, hash passwords (PBKDF2, salted, versioned; hashes from before the move are the same
/// format), renew security stamps and hold the lock-out state. The first account must be an
/// administrator. Two things Identity does not do atomically are done here in one statement each:
/// taking one of an account's five tries before its password is checked, and the first-run check
/// that no account exists yet.
/// </summary>
public sealed class AccountService(IServiceScopeFactory scopes, AuditLog audit, TimeProvider clock)
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 256;
    public const int MaxUserNameLength = 64;
    public const int MaxFailedLogins = 5;
    public static readonly TimeSpan LockOut = TimeSpan.FromMinutes(15);

    /// <summary>Identity's options for the dashboard: its lock-out, its password rule, its own user-name check.</summary>
    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Lockout.MaxFailedAccessAttempts = MaxFailedLogins;
        options.Lockout.DefaultLockoutTimeSpan = LockOut;
        options.Lockout.AllowedForNewUsers = true;
        options.Password.RequiredLength = MinPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        options.User.AllowedUserNameCharacters = ""; // checked by ValidUserName: letters of every alphabet, digits, . - _ @
    }

    /// <summary>Raised in this process when an account is created: single-user sessions end at once.</summary>
    public event Action? AccountCreated;

    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        return await Db(scope).Accounts.AnyAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AccountView>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var accounts = await Db(scope).Accounts.AsNoTracking().OrderBy(a => a.UserName).ToListAsync(cancellationToken);
        return accounts.Select(View).ToList();
    }

    /// <summary>The account as it is now, or null when it no longer exists or is disabled.</summary>
    public async Task<AccountTicket?> CurrentAsync(string userName, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var account = await Users(scope).FindByNameAsync(userName);
        return account is null || account.DisabledAt is not null ? null : new AccountTicket(account.UserName!, account.Role, account.SecurityStamp!);
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

    /// <summary>One serializable transaction around Identity's insert, so two set-ups at once cannot both find no account (PostgreSQL would let both through under its default isolation).</summary>
    private async Task<Account> InsertAsync(string name, string role, string password, bool firstOnly, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = Db(scope);
        var users = Users(scope);
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

        if (await users.FindByNameAsync(name) is not null)
        {
            throw new AccountException($"There is already an account named \"{name}\".");
        }

        var account = new Account { UserName = name, Role = role, CreatedAt = clock.GetUtcNow().UtcDateTime };
        Succeeded(await users.CreateAsync(account, password));
        await transaction.CommitAsync(cancellationToken);
        return account;
    }

    /// <summary>
    /// Checks a password. Every attempt first takes one of the account's five tries in one atomic
    /// update, and only then does Identity check the password: parallel attempts cannot check more
    /// than five passwords between two lock-outs, on one instance or many (Identity's own count is
    /// read, incremented and written, which parallel attempts outran). The fifth failure locks the
    /// account for 15 minutes; a locked account is not checked at all. A success gives the tries back.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        if (password.Length > MaxPasswordLength)
        {
            return new SignInResult(SignInStatus.TooLong);
        }

        var name = userName.Trim();
        using var scope = scopes.CreateScope();
        var db = Db(scope);
        var users = Users(scope);
        var account = name.Length is 0 or > MaxUserNameLength ? null : await users.FindByNameAsync(name);
        var now = clock.GetUtcNow();
        if (account is not null)
        {
            // A lock-out that has run its time gives the account its five tries again.
            await db.Accounts.Where(a => a.Id == account.Id && a.LockoutEnd != null && a.LockoutEnd <= now)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.LockoutEnd, (DateTimeOffset?)null).SetProperty(a => a.AccessFailedCount, 0), cancellationToken);
        }

        var reserved = account is not null && await db.Accounts
            .Where(a => a.Id == account.Id && a.AccessFailedCount < MaxFailedLogins && (a.LockoutEnd == null || a.LockoutEnd <= now))
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.AccessFailedCount, a => a.AccessFailedCount + 1), cancellationToken) == 1;
        if (!reserved)
        {
            // Unknown, or locked: the same work and the same answer as a wrong password.
            users.PasswordHasher.VerifyHashedPassword(new Account { Role = "" }, DecoyHash(users), password);
            return new SignInResult(account is null ? SignInStatus.Wrong : SignInStatus.LockedOut);
        }

        await db.Entry(account!).ReloadAsync(cancellationToken);
        if (!await users.CheckPasswordAsync(account!, password)) // rehashes an old-format hash on success
        {
            var lockedUntil = now + LockOut;
            if (await db.Accounts.Where(a => a.Id == account!.Id && a.AccessFailedCount >= MaxFailedLogins && (a.LockoutEnd == null || a.LockoutEnd <= now))
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.LockoutEnd, lockedUntil), cancellationToken) == 1)
            {
                await audit.RecordAsync(account!.UserName!, "account locked", account.UserName!, $"{MaxFailedLogins} failed sign-ins", cancellationToken);
            }

            return new SignInResult(SignInStatus.Wrong);
        }

        if (account!.DisabledAt is not null)
        {
            return new SignInResult(SignInStatus.Disabled);
        }

        // The tries back, in one statement: two sign-ins of one account at once must not conflict.
        await db.Accounts.Where(a => a.Id == account.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.AccessFailedCount, 0).SetProperty(a => a.LockoutEnd, (DateTimeOffset?)null), cancellationToken);
        return new SignInResult(SignInStatus.Success, new AccountTicket(account.UserName!, account.Role, account.SecurityStamp!));
    }

    /// <summary>
    /// Sign-out ends the account's sessions: a new security stamp makes every cookie issued before it
    /// worthless, so a copied cookie replayed after sign-out is refused (on every browser of the account).
    /// </summary>
    public async Task SignOutAsync(string userName, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var users = Users(scope);
        if (await users.FindByNameAsync(userName) is { } account)
        {
            Succeeded(await users.UpdateSecurityStampAsync(account));
        }
    }

    public Task ChangeRoleAsync(int id, string role, string who, CancellationToken cancellationToken = default)
    {
        ValidRole(role);
        return ChangeAsync(id, who, "role changed", async (db, _, account) =>
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
        return ChangeAsync(id, who, "password reset", async (_, users, account) =>
        {
            foreach (var validator in users.PasswordValidators)
            {
                Succeeded(await validator.ValidateAsync(users, account, password));
            }

            // Replaced in place (the column never holds no password); saved with the new stamp.
            account.PasswordHash = users.PasswordHasher.HashPassword(account, password);
            account.LockoutEnd = null;
            account.AccessFailedCount = 0;
            return "";
        }, cancellationToken);
    }

    public Task SetDisabledAsync(int id, bool disabled, string who, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, who, disabled ? "account disabled" : "account enabled", async (db, _, account) =>
        {
            if (disabled && account.Role == Roles.Administrator)
            {
                await EnsureAnotherAdministratorAsync(db, account, cancellationToken);
            }

            account.DisabledAt = disabled ? clock.GetUtcNow().UtcDateTime : null;
            return "";
        }, cancellationToken);

    public Task UnlockAsync(int id, string who, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, who, "account unlocked", async (_, users, account) =>
        {
            Succeeded(await users.SetLockoutEndDateAsync(account, null));
            Succeeded(await users.ResetAccessFailedCountAsync(account));
            return "";
        }, cancellationToken);

    /// <summary>
    /// Applies a change through Identity, renews the stamp (ending the account's other sessions) and
    /// records it. The check and the write share one serializable transaction, tried again when
    /// another change got there first: two administrators demoting each other at the same moment,
    /// on one server or two, cannot both pass "someone else is an administrator" (decision 027).
    /// </summary>
    private async Task ChangeAsync(int id, string who, string action, Func<DashboardDbContext, UserManager<Account>, Account, Task<string>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            try
            {
                if (await ChangeOnceAsync(id, change, cancellationToken) is { } done)
                {
                    await audit.RecordAsync(who, action, done.Name, done.Detail, cancellationToken);
                    return;
                }
            }
            catch (Exception ex) when (attempt < 5 && DatabaseErrors.IsWriteConflict(ex))
            {
                // The next try reads what the other change left.
            }
        }

        throw new AccountException("Someone else changed this account at the same moment; look at it again and retry.");
    }

    /// <summary>The change in one serializable transaction; null when Identity saw the account changed since it was read.</summary>
    private async Task<(string Name, string Detail)?> ChangeOnceAsync(int id, Func<DashboardDbContext, UserManager<Account>, Account, Task<string>> change, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = Db(scope);
        var users = Users(scope);
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var account = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new AccountException("That account no longer exists.");
        var detail = await change(db, users, account);
        var saved = await users.UpdateSecurityStampAsync(account); // saves the change with the new stamp
        if (saved.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            return null;
        }

        Succeeded(saved);
        await transaction.CommitAsync(cancellationToken);
        return (account.UserName!, detail);
    }

    private static async Task EnsureAnotherAdministratorAsync(DashboardDbContext db, Account account, CancellationToken cancellationToken)
    {
        if (!await db.Accounts.AnyAsync(a => a.Id != account.Id && a.Role == Roles.Administrator && a.DisabledAt == null, cancellationToken))
        {
            throw new AccountException($"{account.UserName} is the only active administrator; make someone else an administrator first.");
        }
    }

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new AccountException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private static DashboardDbContext Db(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<DashboardDbContext>();

    private static UserManager<Account> Users(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<UserManager<Account>>();

    // Hashed once so an unknown user name costs as much as a wrong password: timing does not tell
    // which user names exist.
    private static string? decoyHash;

    private static string DecoyHash(UserManager<Account> users) => decoyHash ??= users.PasswordHasher.HashPassword(new Account { Role = "" }, "decoy password for timing");

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

    private static AccountView View(Account a) => new(a.Id, a.UserName!, a.Role, a.DisabledAt != null, a.LockoutEnd?.UtcDateTime, a.AccessFailedCount, a.CreatedAt);
}
