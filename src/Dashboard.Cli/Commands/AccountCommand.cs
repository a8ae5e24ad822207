using Dashboard.Data;
using Dashboard.Data.Accounts;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>account list | add &lt;name&gt; --role &lt;role&gt; | password &lt;name&gt; | unlock &lt;name&gt;</c>: the way back in for whoever
/// runs the server when the only administrator is locked out or forgot the password. Passwords are
/// read from standard input (one line), never from the command line, where other users could see them.
/// </summary>
public static class AccountCommand
{
    public static async Task<int> RunAsync(Arguments parsed, TextReader input, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var verb = parsed.Positional.Count > 0 ? parsed.Positional[0] : null;
        var name = parsed.Positional.Count > 1 ? parsed.Positional[1] : null;
        if (verb is not ("list" or "add" or "password" or "unlock") || (verb != "list") != (name is not null) || parsed.Positional.Count > 2)
        {
            throw new UsageException("account needs: list | add <name> --role viewer|analyst|administrator | password <name> | unlock <name>");
        }

        try
        {
            using var database = await DashboardDatabase.OpenAsync(settings);
            var accounts = database.Get<AccountService>();
            var who = ImportCommand.Who;
            switch (verb)
            {
                case "list":
                    foreach (var account in await accounts.ListAsync())
                    {
                        var state = account.Disabled ? "disabled" : account.LockedUntil > DateTime.UtcNow ? $"locked until {account.LockedUntil:HH:mm} UTC" : "active";
                        await output.WriteLineAsync($"{account.UserName,-24} {account.Role,-14} {state}");
                    }

                    break;
                case "add":
                    var created = await accounts.CreateAsync(name!, parsed.Option("role") ?? "", await ReadPasswordAsync(input), who);
                    await output.WriteLineAsync($"created         {created.UserName} ({created.Role})");
                    break;
                case "password":
                    var target = await FindAsync(accounts, name!);
                    await accounts.ResetPasswordAsync(target.Id, await ReadPasswordAsync(input), who);
                    await output.WriteLineAsync($"password set    {target.UserName} (unlocked; earlier sessions end)");
                    break;
                default:
                    var locked = await FindAsync(accounts, name!);
                    await accounts.UnlockAsync(locked.Id, who);
                    await output.WriteLineAsync($"unlocked        {locked.UserName}");
                    break;
            }

            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is AccountException or DatabaseStartupException)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private static async Task<AccountView> FindAsync(AccountService accounts, string name) =>
        (await accounts.ListAsync()).FirstOrDefault(a => string.Equals(a.UserName, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new AccountException($"There is no account named \"{name}\".");

    private static async Task<string> ReadPasswordAsync(TextReader input) =>
        (await input.ReadLineAsync())?.TrimEnd('\r') ?? throw new AccountException("Give the password on standard input (one line), e.g. from a file: < password.txt");
}
