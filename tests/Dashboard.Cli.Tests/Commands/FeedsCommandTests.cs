using System.Net;
using System.Net.Sockets;

namespace Dashboard.Cli.Tests.Commands;

/// <summary>feeds: the list of feeds kept from the command line, and a poll that says what it did.</summary>
public sealed class FeedsCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Feeds_are_added_listed_polled_and_removed_and_a_poll_that_fails_says_why_with_exit_1()
    {
        var database = Path.Combine(temp.Path, "feeds.db");
        var closed = $"http://127.0.0.1:{ClosedPort()}/rss.xml"; // nobody answers there

        var added = await Cli.OnDatabaseAsync(database, "feeds", "add", closed, "--every", "15");
        var again = await Cli.OnDatabaseAsync(database, "feeds", "add", closed);
        var poll = await Cli.OnDatabaseAsync(database, "feeds", "poll");
        var list = await Cli.OnDatabaseAsync(database, "feeds", "list");
        var removed = await Cli.OnDatabaseAsync(database, "feeds", "remove", "1");
        var gone = await Cli.OnDatabaseAsync(database, "feeds", "remove", "1");

        Assert.True(added.ExitCode == 0, added.Error);
        Assert.Equal($"added           {closed} (every 15 minutes)", added.Output.Trim());
        Assert.Equal((1, "error: this feed is already on the list"), (again.ExitCode, again.Error.Trim()));
        Assert.Equal(1, poll.ExitCode);
        // Loopback is refused unless configuration allows it: the reason is on the line and on the feed.
        Assert.StartsWith("failed          feed 1: not fetched:", poll.Output, StringComparison.Ordinal);
        Assert.Contains($"   1  {closed}  every 15 min  0 articles", list.Output, StringComparison.Ordinal);
        Assert.Contains("failed: not fetched:", list.Output, StringComparison.Ordinal);
        Assert.Equal("removed         feed 1", removed.Output.Trim());
        Assert.Equal((1, "error: there is no feed 1"), (gone.ExitCode, gone.Error.Trim()));
        Assert.Equal("", (await Cli.OnDatabaseAsync(database, "feeds", "list")).Output);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "error: only http:// and https:// addresses can be added as feeds")]
    [InlineData("'; DROP TABLE Feeds; --", "error: only http:// and https:// addresses can be added as feeds")]
    public async Task An_address_that_cannot_be_a_feed_is_refused(string address, string message)
    {
        var database = Path.Combine(temp.Path, "refused.db");

        var (code, output, error) = await Cli.OnDatabaseAsync(database, "feeds", "add", address);

        Assert.Equal((1, "", message), (code, output, error.Trim()));
        Assert.Equal("", (await Cli.OnDatabaseAsync(database, "feeds", "list")).Output);
    }

    [Theory]
    [InlineData("feeds")]
    [InlineData("feeds", "delete", "1")]
    [InlineData("feeds", "remove", "first")]
    [InlineData("feeds", "poll", "0")]
    [InlineData("feeds", "add")]
    [InlineData("feeds", "add", "https://news.example/rss", "--every", "soon")]
    [InlineData("feeds", "list", "--every", "5")]
    public async Task A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        var (code, _, error) = await Cli.OnDatabaseAsync(Path.Combine(temp.Path, "usage.db"), args);

        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
