using System.Diagnostics;

namespace Dashboard.Data.Diagnostics;

/// <summary>
/// The stages of an import and of a corpus update, as activities ("import.analyse", "import.store",
/// "corpus.update", …): a benchmark or a tracing tool listening to <see cref="SourceName"/> sees where
/// the time goes; nothing listens otherwise, and an activity nobody listens to costs nothing.
/// </summary>
public static class Stages
{
    public const string SourceName = "Dashboard";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Times <paramref name="name"/> until disposed, when someone listens.</summary>
    public static Activity? Start(string name) => Source.StartActivity(name);
}
