namespace Dashboard.Cli.Tests.Commands;

/// <summary>account: the server operator's way back in, with passwords only ever on standard input.</summary>
public sealed class AccountCommandTests : IDisposable
{
    private const string Password = "a long operator password";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Accounts_are_added_listed_unlocked_and_given_new_passwords_from_standard_input()
    {
        var database = Path.Combine(temp.Path, "accounts.db");

        var first = await Cli.OnDatabaseWithInputAsync(database, Password + "\n", "account", "add", "ops", "--role", "administrator");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.StartsWith("created         ops (administrator)", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await Cli.OnDatabaseWithInputAsync(database, Password + "\r\n", "account", "add", "vera", "--role", "viewer")).ExitCode);

        var list = await Cli.OnDatabaseAsync(database, "account", "list");
        Assert.Equal(["ops", "vera"], list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]));
        Assert.Contains("viewer", list.Output, StringComparison.Ordinal);

        var password = await Cli.OnDatabaseWithInputAsync(database, "another long password\n", "account", "password", "VERA");
        Assert.Equal("password set    vera (unlocked; earlier sessions end)", password.Output.Trim());
        Assert.Equal("unlocked        ops", (await Cli.OnDatabaseAsync(database, "account", "unlock", "ops")).Output.Trim());
    }

    [Theory]
    [InlineData("", "add", "ops", "--role", "administrator")] // no password on standard input
    [InlineData("short\n", "add", "ops", "--role", "administrator")]
    [InlineData(Password + "\n", "add", "ops", "--role", "viewer")] // the first account must be an administrator
    [InlineData(Password + "\n", "add", "<script>", "--role", "administrator")]
    [InlineData("", "unlock", "nobody")]
    public async Task Refused_changes_say_why_exit_non_zero_and_store_nothing(string input, params string[] args)
    {
        var database = Path.Combine(temp.Path, "refused.db");

        var (code, output, error) = await Cli.OnDatabaseWithInputAsync(database, input, ["account", .. args]);

        Assert.Equal(1, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.Equal("", (await Cli.OnDatabaseAsync(database, "account", "list")).Output);
    }

    [Theory]
    [InlineData("account")]
    [InlineData("account", "delete", "ops")]
    [InlineData("account", "list", "extra")]
    [InlineData("account", "unlock")]
    public async Task A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        var (code, _, error) = await Cli.RunAsync(args);

        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("Run 'dashboard account", error, StringComparison.Ordinal); // and where to read what it takes
    }
}
