using System.CommandLine;
using Dashboard.Cli.Commands;

namespace Dashboard.Cli;

/// <summary>Where a command writes, what it reads, and the configuration that wins for the commands that open the database (the tests' own files).</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, TextReader Input, IReadOnlyDictionary<string, string?>? Settings);

/// <summary>
/// Every command, argument and option of <c>dashboard</c>, with the words <c>--help</c> shows: the one
/// place the command line is declared. System.CommandLine parses it; each command's own class does
/// the work, reading its values through <see cref="Arguments"/>.
/// </summary>
public static class CommandTree
{
    private const string DatabaseNote = "The database is the dashboard's: ConnectionStrings:Dashboard from appsettings.json beside this command or the environment (ConnectionStrings__Dashboard), else the default file.";

    public static RootCommand Build(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var root = new RootCommand($"The briefing dashboard's command line: analyse, import and export articles, and keep the database. {DatabaseNote}");
        root.Subcommands.Add(Analyze(cli));
        root.Subcommands.Add(Score(cli));
        root.Subcommands.Add(Import(cli));
        root.Subcommands.Add(Feeds(cli));
        root.Subcommands.Add(Export(cli));
        root.Subcommands.Add(Backup(cli, "backup", "Copy the database to a new file (safe while the dashboard runs; never overwrites)."));
        root.Subcommands.Add(Backup(cli, "restore", "Put a backup back (stop the dashboard first; anything that is not a backup of this dashboard is refused)."));
        root.Subcommands.Add(Account(cli));
        root.Subcommands.Add(Generate(cli));
        root.Subcommands.Add(Bench(cli));
        return root;
    }

    private static Option<string?> Value(string name, string description, string? valueName = null) =>
        new($"--{name}") { Description = description, HelpName = valueName };

    private static Option<bool> Flag(string name, string description) => new($"--{name}") { Description = description };

    /// <summary>Positional values; a word starting with "--" is a mistyped option, not a file, and is refused.</summary>
    private static Argument<string[]> Items(string name, string description)
    {
        var argument = new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.ZeroOrMore };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal) && t.Value.Length > 2))
            {
                result.AddError($"unknown option '{token.Value}'");
            }
        });
        return argument;
    }

    private static Option<string?> GazetteerOption() => Value("gazetteer", "a gazetteer file to use instead of the shipped one", "file");

    /// <summary>The command runs <paramref name="run"/> with its values; <paramref name="verbs"/> come first among the positional values (a subcommand's name).</summary>
    private static Command Runs(this Command command, Func<Arguments, Task<int>> run, params string[] verbs)
    {
        command.SetAction((result, _) => run(Arguments.From(result, command, verbs)));
        return command;
    }

    private static Command Analyze(CliContext cli)
    {
        var command = new Command("analyze", "Analyse articles and print one JSON document; touches no database.")
        {
            Items("files-or-folders", ".txt, .md or .html articles, or folders of them"),
            Value("format", "the output format; json is the only one", "json"),
            Value("conflict-days", $"opposite stances of one actor on one program within this many days are a conflict, further apart a reversal (default {Core.Analysis.Corpus.ContradictionFinder.DefaultPeriodDays})", "days"),
            GazetteerOption(),
        };
        command.Aliases.Add("analyse");
        return command.Runs(parsed => AnalyzeCommand.RunAsync(parsed, cli.Output, cli.Error));
    }

    private static Command Score(CliContext cli) => new Command("score", "Compare the analysis of saved real articles with what analysts recorded (tests/realworld).")
    {
        Items("manifest-and-folder", "the manifest (tests/realworld/manifest.json) and the folder where its articles are saved"),
        Value("analysis", "a saved output of analyze for that folder, instead of analysing it again", "file"),
        Flag("details", "list every missed and every unrecorded position"),
        GazetteerOption(),
    }.Runs(parsed => ScoreCommand.RunAsync(parsed, cli.Output, cli.Error));

    private static Command Import(CliContext cli) => new Command("import", "Store .txt, .md, .html and .json articles, or web pages by address, in the dashboard's database; one line per file or address, exit 1 when anything was rejected.")
    {
        Items("files-folders-or-addresses", "files or folders, or with --url web addresses"),
        Flag("url", "the arguments are http(s) addresses to fetch (public addresses unless Dashboard:Import:AllowPrivateAddresses)"),
    }.Runs(parsed => ImportCommand.RunAsync(parsed, cli.Output, cli.Error, cli.Settings));

    private static Command Feeds(CliContext cli)
    {
        var every = Value("every", "minutes between polls, from 5 to a week (30 if not given)", "minutes");
        return new Command("feeds", "The RSS and Atom feeds the dashboard polls (the app polls them in the background).")
        {
            new Command("list", "List the feeds, their last poll and what it did.").Runs(parsed => FeedsCommand.RunAsync(parsed, cli.Output, cli.Error, cli.Settings), "list"),
            new Command("add", "Add a feed by its address.") { Items("address", "the feed's http(s) address"), every }
                .Runs(parsed => FeedsCommand.RunAsync(parsed, cli.Output, cli.Error, cli.Settings), "add"),
            new Command("remove", "Remove a feed (the articles it brought stay).") { Items("id", "the feed's number, as feeds list shows it") }
                .Runs(parsed => FeedsCommand.RunAsync(parsed, cli.Output, cli.Error, cli.Settings), "remove"),
            new Command("poll", "Poll now every feed, or the one given, and import their new articles; exit 1 when a poll failed.") { Items("id", "the feed's number (all feeds if not given)") }
                .Runs(parsed => FeedsCommand.RunAsync(parsed, cli.Output, cli.Error, cli.Settings), "poll"),
        };
    }

    private static Command Export(CliContext cli) => new Command("export", "Write what a view shows for a filter, as the browser downloads it.")
    {
        Value("format", "csv or json", "csv|json"),
        Value("view", "statements (the default), contradictions or matrix", "view"),
        Value("actor", "only this actor", "name"),
        Value("program", "only this program", "name"),
        Value("outlet", "only this outlet", "name"),
        Value("from", "statements made on or after this day", "yyyy-mm-dd"),
        Value("to", "statements made on or before this day", "yyyy-mm-dd"),
        Value("q", "statements with these words", "text"),
        Value("output", "write to this file instead of standard output", "file"),
    }.Runs(parsed => ExportCommand.RunAsync(parsed, cli.Output, cli.Error, cli.Settings));

    private static Command Backup(CliContext cli, string verb, string description) => new Command(verb, description)
    {
        Items("file", verb == "backup" ? "the new backup file" : "the backup to restore"),
    }.Runs(parsed => BackupCommand.RunAsync(verb, parsed, cli.Output, cli.Error, cli.Settings));

    private static Command Account(CliContext cli)
    {
        Command Verb(string verb, string description, string? nameHelp, Option? role = null)
        {
            var command = new Command(verb, description);
            if (nameHelp is not null)
            {
                command.Arguments.Add(Items("name", nameHelp));
            }

            if (role is not null)
            {
                command.Options.Add(role);
            }

            return command.Runs(parsed => AccountCommand.RunAsync(parsed, cli.Input, cli.Output, cli.Error, cli.Settings), verb);
        }

        return new Command("account", "Manage sign-in accounts; passwords are read from standard input (one line), never from the command line.")
        {
            Verb("list", "List the accounts, their roles and whether they are locked.", null),
            Verb("add", "Add an account (the first must be an administrator).", "the account's name", Value("role", "viewer, analyst or administrator", "role")),
            Verb("password", "Set an account's password (it is unlocked, and its earlier sessions end).", "the account's name"),
            Verb("unlock", "Unlock an account locked after failed sign-ins.", "the account's name"),
        };
    }

    private static Command Generate(CliContext cli) => new Command("generate", "Write a deterministic synthetic corpus of articles.")
    {
        Items("folder", "where to write the articles"),
        Value("articles", "how many articles", "n"),
        Value("seed", "the random seed (the same seed gives the same corpus)", "s"),
        Value("style", "compact (about 0.6 KB an article, the default) or realistic (2–5 KB with a news page's debris)", "style"),
        GazetteerOption(),
    }.Runs(parsed => GenerateCommand.RunAsync(parsed, cli.Output, cli.Error));

    private static Command Bench(CliContext cli) => new Command("bench", "Measure the analysis, the import, the dashboard's queries or its database connections; each prints a table, then one line of JSON.")
    {
        new Command("pipeline", "Analyse every article of a folder, documents in parallel, then the corpus stages.")
        {
            Items("folder", "a folder of articles"),
            Value("repeat", "runs to take the best of (1); the first, a fresh process's speed, is shown too", "r"),
            GazetteerOption(),
        }.Runs(parsed => BenchCommand.RunAsync(parsed, cli.Output, cli.Error)),
        new Command("import", "Import a folder into a new database, end to end.")
        {
            Items("folder", "a folder of articles"),
            GazetteerOption(),
        }.Runs(parsed => BenchImportCommand.RunAsync(parsed, cli.Output, cli.Error)),
        new Command("queries", "Time the dashboard's queries on a new database of synthetic statements, or (--measure) on an existing one.")
        {
            Value("statements", "synthetic statements to fill the new database with (100,000)", "n"),
            Value("repeat", "runs of each query (30)", "r"),
            Value("keep", "leave the filled database in this new .db file", "file"),
            Value("connection", "fill this empty database instead of a temporary SQLite file", "connection string"),
            Value("measure", "time the queries on this database with an imported corpus; an older schema is upgraded first, as the app does, and no rows are written", "connection string"),
            GazetteerOption(),
        }.Runs(parsed => BenchQueriesCommand.RunAsync(parsed, cli.Output, cli.Error)),
        new Command("updates", "Make corrections, deletions and verdicts on a database with an imported corpus, each timed until the stored results reflect it; then time one full rebuild.")
        {
            Items("database", "a SQLite file or a connection string"),
            Value("changes", "changes to make, each correction and deletion undone within the run (50)", "n"),
            Value("seed", "chooses the changes' targets (1)", "s"),
            GazetteerOption(),
        }.Runs(parsed => BenchUpdatesCommand.RunAsync(parsed, cli.Output, cli.Error)),
        new Command("connections", "Open the SQLite database as the views do, many times over, and print what stays behind after each thousand.")
        {
            Value("opens", "contexts to open, each with one query (10,000)", "n"),
        }.Runs(parsed => BenchConnectionsCommand.RunAsync(parsed, cli.Output, cli.Error)),
    };
}
