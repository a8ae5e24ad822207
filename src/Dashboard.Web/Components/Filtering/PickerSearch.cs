namespace Dashboard.Web.Components.Filtering;

/// <summary>The type-ahead's suggestions: names that start with the letters first, then names with a word that does, then any that contain them.</summary>
public static class PickerSearch
{
    public static IEnumerable<string> Matches(IEnumerable<string> options, string? text)
    {
        ArgumentNullException.ThrowIfNull(options);
        var wanted = text?.Trim() ?? "";
        if (wanted.Length == 0)
        {
            return options;
        }

        return options
            .Select(option => (option, rank: Rank(option, wanted)))
            .Where(o => o.rank < 3)
            .OrderBy(o => o.rank)
            .Select(o => o.option)
            .ToList();
    }

    private static int Rank(string option, string wanted)
    {
        if (option.StartsWith(wanted, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var at = option.IndexOf(wanted, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? 3 : !char.IsLetterOrDigit(option[at - 1]) ? 1 : 2;
    }
}
