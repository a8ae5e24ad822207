using Dashboard.Core.Analysis.Entities;

namespace Dashboard.Cli;

public static class GazetteerFile
{
    /// <summary>The gazetteer shipped beside the program (data/gazetteer.json), unless another is named.</summary>
    public static Gazetteer Load(string? path) =>
        GazetteerLoader.LoadFile(path ?? Path.Combine(AppContext.BaseDirectory, "data", "gazetteer.json"));
}
