using Dashboard.Data.Accounts;
using Dashboard.Data.Audit;

namespace Dashboard.Data.Tests.Accounts;

public sealed class AccountServiceTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task Passwords_are_stored_hashed_with_a_salt_and_checked()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var accounts = database.Get<AccountService>();
        await accounts.CreateFirstAsync("ada", Password);
        await accounts.CreateAsync("ben", Roles.Analyst, Password, "ada");

        var hashes = new[] { await database.ScalarAsync("SELECT PasswordHash FROM Accounts WHERE UserName = 'ada'"), await database.ScalarAsync("SELECT PasswordHash FROM Accounts WHERE UserName = 'ben'") };
        Assert.All(hashes, h => Assert.DoesNotContain("horse", (string)h!, StringComparison.Ordinal));
        Assert.NotEqual(hashes[0], hashes[1]); // same password, different salt

        var signedIn = await accounts.SignInAsync("ADA", Password); // user names ignore case
        Assert.Equal(SignInStatus.Success, signedIn.Status);
        Assert.Equal(new AccountTicket("ada", Roles.Administrator, signedIn.Ticket!.SecurityStamp), signedIn.Ticket);
        Assert.Equal(SignInStatus.Wrong, (await accounts.SignInAsync("ada", Password + "!")).Status);
        Assert.Equal(SignInStatus.Wrong, (await accounts.SignInAsync("nobody", Password)).Status);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password_until_unlocked()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var accounts = database.Get<AccountService>();
        var ada = await accounts.CreateFirstAsync("ada", Password);
        var ben = await accounts.CreateAsync("ben", Roles.Viewer, Password, "ada");

        for (var i = 0; i < AccountService.MaxFailedLogins - 1; i++)
        {
            Assert.Equal(SignInStatus.Wrong, (await accounts.SignInAsync("ben", $"guess number {i}")).Status);
        }

        Assert.Equal(SignInStatus.Wrong, (await accounts.SignInAsync("ben", "the fifth guess")).Status);
        var locked = await accounts.SignInAsync("ben", Password);
        Assert.Equal(SignInStatus.LockedOut, locked.Status);
        // Told exactly as a wrong password or an unknown name: the answer does not say the account exists.
        Assert.Equal((await accounts.SignInAsync("nobody-here", Password)).Message, locked.Message);
        Assert.DoesNotContain("locked until", locked.Message, StringComparison.Ordinal);

        await accounts.UnlockAsync(ben.Id, "ada");
        Assert.Equal(SignInStatus.Success, (await accounts.SignInAsync("ben", Password)).Status);
        Assert.Contains(await database.Get<AuditLog>().ListAsync(), e => e.Action == "account locked" && e.Target == "ben");
        Assert.Equal(SignInStatus.Success, (await accounts.SignInAsync(ada.UserName, Password)).Status); // one account's lock is its own
    }

    [Fact]
    public async Task Parallel_sign_ins_check_at_most_five_passwords_before_the_lock_out()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var accounts = database.Get<AccountService>();
        await accounts.CreateFirstAsync("ada", Password);
        var ben = await accounts.CreateAsync("ben", Roles.Viewer, Password, "ada");

        for (var round = 0; round < 3; round++)
        {
            // Sixty wrong guesses at once: no more than five may be checked, then the right password waits too.
            var results = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() => accounts.SignInAsync("ben", $"wrong guess {round}-{i}"))));

            var checkedCount = results.Count(r => r.Status == SignInStatus.Wrong);
            Assert.True(checkedCount <= AccountService.MaxFailedLogins, $"round {round}: {checkedCount} passwords checked");
            Assert.Equal(SignInStatus.LockedOut, (await accounts.SignInAsync("ben", Password)).Status);
            await accounts.UnlockAsync(ben.Id, "ada");
        }
    }

    [Fact]
    public async Task Signing_out_ends_the_sessions_of_the_account()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var accounts = database.Get<AccountService>();
        await accounts.CreateFirstAsync("ada", Password);
        var before = (await accounts.SignInAsync("ada", Password)).Ticket!;

        await accounts.SignOutAsync("ada");

        Assert.NotEqual(before.SecurityStamp, (await accounts.CurrentAsync("ada"))!.SecurityStamp);
    }

    [Fact]
    public async Task A_ten_thousand_character_password_is_refused_with_a_reason_and_costs_no_hashing()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var accounts = database.Get<AccountService>();
        await accounts.CreateFirstAsync("ada", Password);
        var huge = new string('p', 10_000);

        var result = await accounts.SignInAsync("ada", huge);

        Assert.Equal(SignInStatus.TooLong, result.Status);
        Assert.Contains("at most 256 characters", result.Message, StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<AccountException>(() => accounts.CreateAsync("ben", Roles.Viewer, huge, "ada"));
        Assert.Contains("at most 256", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await database.ScalarAsync("SELECT FailedLogins FROM Accounts")); // not counted as a guess
    }

    [Theory]
    [InlineData("", Roles.Viewer, Password, "Give a user name")]
    [InlineData("<script>alert(1)</script>", Roles.Viewer, Password, "letters, digits")]
    [InlineData("robert'); DROP TABLE Accounts;--", Roles.Viewer, Password, "letters, digits")]
    [InlineData("ben", "superuser", Password, "Unknown role")]
    [InlineData("ben", Roles.Viewer, "short", "at least 10")]
    [InlineData("ADA", Roles.Viewer, Password, "already an account")]
    public async Task Invalid_accounts_are_refused_with_the_reason(string name, string role, string password, string reason)
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var accounts = database.Get<AccountService>();
        await accounts.CreateFirstAsync("ada", Password);

        var refused = await Assert.ThrowsAsync<AccountException>(() => accounts.CreateAsync(name, role, password, "ada"));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM Accounts"));
    }

    [Fact]
    public async Task The_first_account_is_an_administrator_and_set_up_happens_once()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var accounts = database.Get<AccountService>();
        await Assert.ThrowsAsync<AccountException>(() => accounts.CreateAsync("ben", Roles.Viewer, Password, "someone"));

        var both = await Task.WhenAll(
            Attempt(() => accounts.CreateFirstAsync("ada", Password)),
            Attempt(() => accounts.CreateFirstAsync("eve", Password)));

        Assert.Single(both, won => won);
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM Accounts WHERE Role = 'administrator'"));
    }

    [Fact]
    public async Task Changing_a_role_or_password_or_disabling_renews_the_stamp_so_old_sessions_end()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var accounts = database.Get<AccountService>();
        await accounts.CreateFirstAsync("ada", Password);
        var ben = await accounts.CreateAsync("ben", Roles.Analyst, Password, "ada");
        var stamps = new List<string> { (await accounts.CurrentAsync("ben"))!.SecurityStamp };

        await accounts.ChangeRoleAsync(ben.Id, Roles.Viewer, "ada");
        stamps.Add((await accounts.CurrentAsync("ben"))!.SecurityStamp);
        Assert.Equal(Roles.Viewer, (await accounts.CurrentAsync("ben"))!.Role);
        await accounts.ResetPasswordAsync(ben.Id, "another long password", "ada");
        stamps.Add((await accounts.CurrentAsync("ben"))!.SecurityStamp);
        await accounts.SetDisabledAsync(ben.Id, true, "ada");

        Assert.Equal(3, stamps.Distinct().Count());
        Assert.Null(await accounts.CurrentAsync("ben")); // disabled: no session is current
        Assert.Equal(SignInStatus.Disabled, (await accounts.SignInAsync("ben", "another long password")).Status);
        Assert.Equal(
            ["account disabled", "password reset", "role changed", "account created", "account created"],
            (await database.Get<AuditLog>().ListAsync()).Select(e => e.Action));
    }

    [Fact]
    public async Task The_last_active_administrator_cannot_be_demoted_or_disabled()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var accounts = database.Get<AccountService>();
        var ada = await accounts.CreateFirstAsync("ada", Password);

        await Assert.ThrowsAsync<AccountException>(() => accounts.ChangeRoleAsync(ada.Id, Roles.Analyst, "ada"));
        await Assert.ThrowsAsync<AccountException>(() => accounts.SetDisabledAsync(ada.Id, true, "ada"));
        var ben = await accounts.CreateAsync("ben", Roles.Administrator, Password, "ada");
        await accounts.ChangeRoleAsync(ada.Id, Roles.Analyst, "ben");
        await Assert.ThrowsAsync<AccountException>(() => accounts.SetDisabledAsync(ben.Id, true, "ben"));

        Assert.Equal(Roles.Analyst, (await accounts.CurrentAsync("ada"))!.Role);
    }

    [Theory]
    [InlineData(Roles.Viewer, new[] { Access.Read })]
    [InlineData(Roles.Analyst, new[] { Access.Read, Access.Annotate })]
    [InlineData(Roles.Administrator, new[] { Access.Read, Access.Annotate, Access.Administer })]
    [InlineData("Administrator", new Access[0])]
    [InlineData(null, new Access[0])]
    public void Each_role_allows_its_own_access_and_what_is_below(string? role, Access[] allowed) =>
        Assert.Equal(allowed, Enum.GetValues<Access>().Where(a => Roles.Allows(role, a)));

    [Fact]
    public async Task Two_administrators_demoting_each_other_at_once_on_two_servers_leave_one_administrator()
    {
        using var first = await TestDatabase.CreateInitializedAsync();
        using var second = first.SecondProcess();
        var accounts = first.Get<AccountService>();
        for (var round = 0; round < 4; round++)
        {
            var ada = await accounts.CreateAsync($"ada{round}", Roles.Administrator, Password, "set-up");
            var eve = await accounts.CreateAsync($"eve{round}", Roles.Administrator, Password, "set-up");
            var others = (await accounts.ListAsync()).Where(a => a.Role == Roles.Administrator && a.Id != ada.Id && a.Id != eve.Id).ToList();
            foreach (var other in others)
            {
                await accounts.ChangeRoleAsync(other.Id, Roles.Analyst, $"ada{round}"); // only the two are administrators now
            }

            var both = await Task.WhenAll(
                Attempt(() => accounts.ChangeRoleAsync(eve.Id, Roles.Analyst, $"ada{round}")),
                Attempt(() => second.Get<AccountService>().ChangeRoleAsync(ada.Id, Roles.Analyst, $"eve{round}")));

            Assert.Single(both, done => done);
            Assert.Equal(1L, await first.ScalarAsync("SELECT COUNT(*) FROM Accounts WHERE Role = 'administrator'"));
        }
    }

    private static async Task<bool> Attempt(Func<Task> create)
    {
        try
        {
            await create();
            return true;
        }
        catch (AccountException)
        {
            return false;
        }
    }
}
