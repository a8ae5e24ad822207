using Dashboard.Core.Analysis.Entities;

namespace Dashboard.Cli;

public static class GazetteerFile
{
    /// <summary>Loads the gazetteer, or writes why it cannot be used to <paramref name="error"/> and returns null.</summary>
    public static async Task<Gazetteer?> TryLoadAsync(string? path, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return Load(path);
        }
        catch (GazetteerException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return null;
        }
    }

    /// <summary>The gazetteer shipped beside the program (data/gazetteer.json), unless another is named.</summary>
    public static Gazetteer Load(string? path) =>
        GazetteerLoader.LoadFile(path ?? Path.Combine(AppContext.BaseDirectory, "data", "gazetteer.json"));
}
