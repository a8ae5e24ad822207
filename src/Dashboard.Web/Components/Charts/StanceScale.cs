using Dashboard.Core.Analysis.Stance;

namespace Dashboard.Web.Components.Charts;

/// <summary>The seven stances as a chart's scale, −3 (withdrawing) to 3 (committed): the timeline's axis and the heatmap's colour bar.</summary>
internal static class StanceScale
{
    private static readonly StanceLabel[] Labels = [.. Enum.GetValues<StanceLabel>().OrderBy(label => (int)label)];

    /// <summary>Each stance's value, ascending; a new list for each chart.</summary>
    public static IList<object> Values() => [.. Labels.Select(label => (object)(int)label)];

    /// <summary>The word of each of <see cref="Values"/>, as the rest of the app writes it ("refusing").</summary>
    public static IList<object> Words() => [.. Labels.Select(label => (object)label.Name())];
}
