using Dashboard.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Accounts;

/// <summary>A database from before accounts moved onto Identity: its accounts sign in with the passwords they had.</summary>
public sealed class AccountUpgradeTests
{
    private const string LastBeforeIdentity = "20261201001200_AnnotationEditors";

    [Fact]
    public async Task Accounts_of_the_schema_before_Identity_keep_their_passwords_names_and_lock_outs()
    {
        using var database = await TestDatabase.CreateMigratedToAsync(LastBeforeIdentity);

        // Rows as the hand-written account code wrote them: the framework's PBKDF2 hash, no normalised name.
        var hasher = new PasswordHasher<object>();
        await Insert(database, "Ada", "administrator", hasher.HashPassword(null!, "ada's old password"), failed: 0);
        await Insert(database, "Åsa", "analyst", hasher.HashPassword(null!, "åsa's old password"), failed: 3);

        await database.Get<DatabaseInitializer>().InitializeAsync();
        var accounts = database.Get<AccountService>();

        Assert.Equal(SignInStatus.Success, (await accounts.SignInAsync("Ada", "ada's old password")).Status);
        Assert.Equal(SignInStatus.Success, (await accounts.SignInAsync("åsa", "åsa's old password")).Status); // any case, any alphabet
        Assert.Equal(SignInStatus.Wrong, (await accounts.SignInAsync("Ada", "not the password")).Status);
        Assert.Equal(["administrator", "analyst"], (await accounts.ListAsync()).Select(a => a.Role));
        Assert.Equal(("Åsa", 0), (await accounts.ListAsync()).Where(a => a.Role == "analyst").Select(a => (a.UserName, a.FailedLogins)).Single());
    }

    private static Task<object?> Insert(TestDatabase database, string name, string role, string hash, int failed) =>
        database.ScalarAsync(
            $"INSERT INTO Accounts (UserName, Role, PasswordHash, SecurityStamp, FailedLogins, CreatedAt) VALUES ('{name}', '{role}', '{hash}', '{Guid.NewGuid():N}', {failed}, '2026-11-30 10:00:00');");
}
