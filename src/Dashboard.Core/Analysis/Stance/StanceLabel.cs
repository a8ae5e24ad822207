namespace Dashboard.Core.Analysis.Stance;

/// <summary>The ordinal stance scale, grounded in the CAMEO event codes GDELT uses.</summary>
public enum StanceLabel
{
    Withdrawing = -3,
    Refusing = -2,
    Critical = -1,
    Neutral = 0,
    Open = 1,
    Supportive = 2,
    Committed = 3,
}

public static class StanceLabels
{
    public static StanceLabel FromScore(double score) => (StanceLabel)Math.Clamp((int)Math.Round(score, MidpointRounding.AwayFromZero), -3, 3);

    /// <summary>The lower-case name used in JSON and the UI ("refusing").</summary>
    public static string Name(this StanceLabel label) => label.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out StanceLabel label) => Enum.TryParse(name, ignoreCase: true, out label) && Enum.IsDefined(label);
}
