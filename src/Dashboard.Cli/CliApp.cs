using System.CommandLine;
using System.CommandLine.Parsing;

namespace Dashboard.Cli;

/// <summary>Exit codes: 0 success, 1 nothing could be done with the input, 2 the command line is wrong.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}

/// <summary>
/// The command line: <c>dashboard &lt;command&gt; …</c>, declared in <see cref="CommandTree"/> and parsed by
/// System.CommandLine (<c>--help</c> on every command, suggestions for mistyped names, completion
/// through its <c>[suggest]</c> directive). Each command is a small class in Commands/.
/// </summary>
public static class CliApp
{
    /// <param name="settings">configuration that wins over appsettings.json and the environment, for the commands that open the database (the tests' own files)</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader? input = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var result = CommandTree.Build(new CliContext(output, error, input ?? Console.In, settings)).Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var problem in result.Errors.Select(e => e.Message).Distinct())
            {
                await error.WriteLineAsync($"error: {problem}");
            }

            var unknownOptions = result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).Where(v => v.StartsWith("--", StringComparison.Ordinal));
            foreach (var token in result.UnmatchedTokens.Concat(unknownOptions).Distinct())
            {
                if (Suggestions.Closest(token, Names(result.CommandResult.Command)) is { } suggestion)
                {
                    await error.WriteLineAsync($"       '{token}' is not known here; did you mean '{suggestion}'?");
                }
            }

            await error.WriteLineAsync(HelpHint(result));
            return ExitCodes.Usage;
        }

        try
        {
            return await result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            await error.WriteLineAsync(HelpHint(result));
            return ExitCodes.Usage;
        }
    }

    /// <summary>What may follow a command: its subcommands and options, with their aliases.</summary>
    private static IEnumerable<string> Names(Command command) =>
        command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name))
            .Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)));

    /// <summary>"Run 'dashboard account add --help' …" for the command the line got as far as.</summary>
    private static string HelpHint(ParseResult result)
    {
        var names = new List<string>();
        for (var command = result.CommandResult; command is not null; command = command.Parent as CommandResult)
        {
            names.Insert(0, command.Command.Name);
        }

        names[0] = "dashboard";
        return $"Run '{string.Join(' ', names)} --help' to see what it takes.";
    }
}

/// <summary>The command line is wrong; the message says how.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
