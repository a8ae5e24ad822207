namespace Dashboard.Cli;

/// <summary>Positional arguments and <c>--name value</c> options, parsed strictly: unknown options are usage errors.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    private Arguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    public static Arguments Parse(string[] args, params string[] knownOptions) => Parse(args, [], knownOptions);

    /// <param name="flags">Options that take no value (<c>--details</c>).</param>
    public static Arguments Parse(string[] args, IReadOnlyCollection<string> flags, params string[] knownOptions)
    {
        ArgumentNullException.ThrowIfNull(args);
        var positional = new List<string>();
        var parsed = new Arguments(positional);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                positional.AddRange(args[(i + 1)..]);
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            string? value = null;
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }

            if (flags.Contains(name) && value is null)
            {
                parsed.options[name] = "";
                continue;
            }

            if (!knownOptions.Contains(name))
            {
                throw new UsageException($"unknown option '--{name}'");
            }

            if (value is null)
            {
                if (i + 1 >= args.Length)
                {
                    throw new UsageException($"option '--{name}' needs a value");
                }

                value = args[++i];
            }

            parsed.options[name] = value;
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
