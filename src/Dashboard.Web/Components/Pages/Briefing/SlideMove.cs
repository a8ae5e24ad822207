namespace Dashboard.Web.Components.Pages.Briefing;

/// <summary>Where a key press ("next", "previous", "first", "last") leads from a slide, for the briefing and the presenter view.</summary>
public static class SlideMove
{
    public static int Target(string move, int from, int count) => Math.Clamp(
        move switch
        {
            "next" => from + 1,
            "previous" => from - 1,
            "first" => 1,
            "last" => count,
            _ => from,
        },
        1,
        Math.Max(1, count));
}
