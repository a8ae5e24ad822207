using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Text;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Components.Charts;

/// <summary>A run of a finding (one side's period) shaded on a timeline, in the half of the scale its stance lies in.</summary>
public sealed record ShadedRun(DateOnly From, DateOnly To, bool Positive)
{
    /// <summary>The side's period, or null when it is undated (nothing to shade).</summary>
    public static ShadedRun? Of(FindingSideView side)
    {
        ArgumentNullException.ThrowIfNull(side);
        if (!PartialDate.TryParse(side.From, out var from) || !PartialDate.TryParse(side.To ?? side.From, out var to) || !StanceLabels.TryParse(side.Stance, out var label) || label == StanceLabel.Neutral)
        {
            return null;
        }

        return new ShadedRun(from.Earliest, to.Latest, label > 0);
    }
}
