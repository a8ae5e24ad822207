namespace Dashboard.Data.Queries;

/// <summary>
/// What a view is narrowed to. Lives in the URL (actor, program, outlet repeatable; from, to as ISO
/// dates; q as text) so every view can be shared as a link. Empty lists mean "all".
/// </summary>
public sealed record DashboardFilter(
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Programs,
    IReadOnlyList<string> Outlets,
    DateOnly? From,
    DateOnly? To,
    string? Text)
{
    public static readonly DashboardFilter None = new([], [], [], null, null, null);

    public bool IsEmpty => Actors.Count == 0 && Programs.Count == 0 && Outlets.Count == 0 && From is null && To is null && string.IsNullOrWhiteSpace(Text);

    /// <summary>The longest text search accepted; longer input is cut (and the view says so).</summary>
    public const int MaxTextLength = 200;
}
