using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Cli.Scoring;

/// <summary>
/// What careful analysts recorded of a set of real articles: facts only (address, outlet, date, the
/// positions taken, which articles report the same words, which positions contradict each other),
/// never the articles' text, which stays with whoever saved them (see tests/realworld/README.md).
/// </summary>
public sealed record Manifest(
    string Description,
    IReadOnlyList<ManifestArticle> Articles,
    IReadOnlyList<UtteranceGroup> UtteranceGroups,
    IReadOnlyList<ExpectedContradiction> Contradictions)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <exception cref="JsonException">Not a manifest.</exception>
    public static Manifest Parse(string json) =>
        JsonSerializer.Deserialize<Manifest>(json, Options) ?? throw new JsonException("the manifest is empty");
}

/// <param name="File">The file name the article is saved under in the folder being scored.</param>
public sealed record ManifestArticle(
    string Id, string File, string Url, string Outlet, string Published, string Language, string? TranslatedFrom, string Kind,
    IReadOnlyList<ExpectedStance> Stances);

/// <param name="Sign">−1, 0 or +1: against, neutral, for.</param>
/// <param name="Core">The position the article is about (headline or lead).</param>
/// <param name="Said">When the words were said, when the article recalls an earlier statement (YYYY, YYYY-MM or YYYY-MM-DD).</param>
/// <param name="Construction">How the text words it, for reading the misses ("refusal without not", "program named by description").</param>
public sealed record ExpectedStance(string Actor, string Program, int Sign, bool Core, string? Said, string Construction);

/// <summary>Articles that report the same utterance of one actor (its words, translated or paraphrased).</summary>
public sealed record UtteranceGroup(string Key, string Actor, IReadOnlyList<string> Articles);

/// <summary>An actor's positions on a program that point opposite ways across these articles.</summary>
public sealed record ExpectedContradiction(string Actor, string Program, IReadOnlyList<string> Articles);
