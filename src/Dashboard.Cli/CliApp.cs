using Dashboard.Cli.Commands;

namespace Dashboard.Cli;

/// <summary>Exit codes: 0 success, 1 nothing could be done with the input, 2 the command line is wrong.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}

/// <summary>The command line: <c>dashboard &lt;command&gt; …</c>. Each command is a small class in Commands/.</summary>
public static class CliApp
{
    public const string Usage = """
        usage: dashboard <command> [arguments]

        commands:
          analyze <files-or-folders…> [--format json] [--gazetteer <file>]
                   analyse articles and print one JSON document; touches no database
          score <manifest.json> <folder> [--analysis <analyze output>] [--details]
                   compare the analysis of saved real articles with what analysts recorded (tests/realworld)
          import <files-or-folders…> | import --url <addresses…>
                   store .txt, .md, .html and .json articles, or web pages by address (http/https,
                   public addresses unless Dashboard:Import:AllowPrivateAddresses), in the dashboard's database
          feeds list | add <address> [--every <minutes>] | remove <id> | poll [<id>]
                   the RSS/Atom feeds the dashboard polls (the app polls them in the background;
                   poll fetches and imports their new articles now)
          export --format csv|json [--view statements|contradictions|matrix] [--actor <a>] [--program <p>]
                 [--outlet <o>] [--from <yyyy-mm-dd>] [--to <yyyy-mm-dd>] [--q <text>] [--output <file>]
                   what a view shows for that filter, as the browser downloads it
          backup <file> | restore <file>
                   copy the database (safe while the dashboard runs) | put a backup back
          account list | add <name> --role viewer|analyst|administrator | password <name> | unlock <name>
                   manage sign-in accounts; passwords are read from standard input (one line)
          generate --articles <n> [--seed <s>] <folder>
                   write a deterministic synthetic corpus of n articles
          bench pipeline <folder> [--repeat <r>]
                   measure the analysis on a folder of articles
          bench import <folder>
                   measure importing a folder into a new database (analysis and persistence)
          bench queries [--statements <n>] [--repeat <r>] [--keep <new .db file> | --connection <empty database>]
          bench queries --measure <database with a corpus> [--repeat <r>]
                   measure the dashboard's queries on a new database of n synthetic statements,
                   or (--measure) on a database that holds an imported corpus, as it is

        The database is the dashboard's: ConnectionStrings:Dashboard from appsettings.json beside
        this command or the environment (ConnectionStrings__Dashboard), else the default file.
        """;

    /// <param name="settings">configuration that wins over appsettings.json and the environment, for the commands that open the database (the tests' own files)</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader? input = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await (args.Length == 0 ? error : output).WriteLineAsync(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "analyze" or "analyse" => await AnalyzeCommand.RunAsync(rest, output, error),
                "score" => await ScoreCommand.RunAsync(rest, output, error),
                "generate" => await GenerateCommand.RunAsync(rest, output, error),
                "bench" => await BenchCommand.RunAsync(rest, output, error),
                "import" => await ImportCommand.RunAsync(rest, output, error, settings),
                "feeds" => await FeedsCommand.RunAsync(rest, output, error, settings),
                "export" => await ExportCommand.RunAsync(rest, output, error, settings),
                "backup" or "restore" => await BackupCommand.RunAsync(args[0], rest, output, error, settings),
                "account" => await AccountCommand.RunAsync(rest, input ?? Console.In, output, error, settings),
                _ => await UsageErrorAsync(error, $"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException ex)
        {
            return await UsageErrorAsync(error, ex.Message);
        }
    }

    private static async Task<int> UsageErrorAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync($"error: {message}");
        await error.WriteLineAsync(Usage);
        return ExitCodes.Usage;
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
