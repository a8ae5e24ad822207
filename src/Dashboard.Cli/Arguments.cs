using System.CommandLine;

namespace Dashboard.Cli;

/// <summary>A command's values as System.CommandLine parsed them: its positional values and its <c>--name value</c> options and flags.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    private Arguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    /// <summary>The values of <paramref name="command"/> in <paramref name="result"/>, after <paramref name="verbs"/> (a subcommand's name, for commands that dispatch on it).</summary>
    public static Arguments From(ParseResult result, Command command, IEnumerable<string> verbs)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(command);
        var parsed = new Arguments([.. verbs]);
        var positional = (List<string>)parsed.Positional;
        foreach (var argument in command.Arguments.OfType<Argument<string[]>>())
        {
            positional.AddRange(result.GetValue(argument) ?? []);
        }

        foreach (var option in command.Options)
        {
            var name = option.Name.TrimStart('-');
            switch (option)
            {
                case Option<bool> flag when result.GetValue(flag):
                    parsed.options[name] = "";
                    break;
                case Option<string?> valued when result.GetValue(valued) is { } value:
                    parsed.options[name] = value;
                    break;
            }
        }

        return parsed;
    }

    public string? Option(string name) => options.GetValueOrDefault(name);

    public bool Flag(string name) => options.ContainsKey(name);

    public int IntOption(string name, int fallback)
    {
        var text = Option(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"option '--{name}' must be a whole number, not '{text}'");
    }
}
