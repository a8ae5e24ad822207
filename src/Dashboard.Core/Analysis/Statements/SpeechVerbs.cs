using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>Verbs (and phrases) that introduce speech, in the forms news copy uses.</summary>
internal static partial class SpeechVerbs
{
    /// <summary>Not "states": in news copy it is far more often "the United States" than a verb.</summary>
    public const string Alternation =
        // a release's "shared the following:" before its minister's words
        @"shared\s+the\s+following|(?:made|issued|released|gave|delivered|put\s+out)\s+(?:a|an|the\s+following|this)\s+(?:written\s+)?statement|made\s+it\s+clear|called\s+for|calls\s+for|called\s+on|calls\s+on|calling\s+on|according\s+to|said|says|say|told|tells|tell|wrote|writes|added|adds|declared|declares|stressed|stresses|" +
        @"noted|notes|hinted|hints|dismissed|dismisses|criticized|criticised|criticizes|criticises|offered|offers|reported|reports|announced|" +
        @"announces|explained|explains|emphasized|emphasised|emphasizes|insisted|insists|stated|warned|warns|argued|argues|acknowledged|" +
        @"admitted|confirmed|confirms|suggested|suggests|claimed|claims|tweeted|posted|commented|replied|responded|answered|concluded|" +
        @"believes|hoped|hopes|promised|promises|pledged|urged|urges|proposed|proposes|called|noting|saying|adding|stressing|" +
        @"expressed|expresses|voiced|voices|reiterated|reiterates|reiterating|reaffirming|restating|underscored|underscores|underlined|underlines|" +
        @"indicated|indicates|signalled|signaled|signals|reaffirmed|reaffirms|asserted|asserts|assured|assures|revealed|reveals|mentioned|remarked|pointed\s+out|" +
        @"admonished|cautioned|conceded|vowed|exclaimed|lamented|quipped|boasted|predicted|complained|alleged|" +
        // an audit's or a review's findings: "the audit found that …" (not "found a leak")
        @"found\s+that|finds\s+that";

    /// <summary>After a quotation, a question's verbs introduce it too ("“…?” Rogozin asked"); elsewhere "asked" is often a request or a passive ("when asked").</summary>
    public const string AfterQuote = Alternation + "|asked|asks|wondered";

    /// <summary>
    /// Between a quotation and its speaker, verbs of judging and going on introduce it too, as translated copy writes
    /// them ("“…,” welcomed the head of CNES", "“…,” continued Nelson", "“…”, recalls the agency"); with the speaker first they are other acts.
    /// </summary>
    public const string JudgingBeforeSpeaker = "welcomed|welcomes|hailed|praised|rejoiced|enthused|continued|continues|recalled|recalls|specified|specifies|insisted|insists";

    /// <summary>Verbs whose object is itself what was said ("dismissed the Accords").</summary>
    public static bool ObjectIsContent(string verb) => ContentVerb().IsMatch(verb);

    /// <summary>"told" and kin take an addressee before the content.</summary>
    public static bool TakesAddressee(string verb) => verb.ToLowerInvariant() is "told" or "tells" or "tell";

    [GeneratedRegex(@"^(?:dismiss|critici[sz]|called\s+for|calls\s+for|call(?:ed|s|ing)\s+on|offer|urge|propose|promise|pledg|vow|hope|hint|express|voice|reiterat|underscor|underlin)", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ContentVerb();

    /// <summary>"dismissed the lawsuit", "dismissed Blue Origin's protest": a court disposing of a case, not words about a program.</summary>
    public static bool DisposesOfACase(string verb, string after) =>
        verb.StartsWith("dismiss", StringComparison.OrdinalIgnoreCase) && CaseAsObject().IsMatch(after);

    /// <summary>What a court disposes of.</summary>
    public const string LegalCases = "suit|lawsuit|case|claim|complaint|protest|appeal|petition|challenge|charges";

    /// <summary>A legal case as a verb's object: " the lawsuit", " Blue Origin's protest", " a claim".</summary>
    [GeneratedRegex(@"^\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:" + LegalCases + @")s?\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    public static partial Regex CaseAsObject();

    [GeneratedRegex(@"\b(?<verb>" + Alternation + @")\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    public static partial Regex Any();

    /// <summary>"did not say", "declined to comment on", "never said".</summary>
    [GeneratedRegex(@"\b(?:not|n['’]t|never|refused\s+to|declined\s+to|without)\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    public static partial Regex NegatedBefore();

    /// <summary>
    /// A passive or nominal use: "it was reported", "so-called", "is called", "a proposed mission", "the announced plan"; not
    /// after "that", which opens a clause ("an order that calls for …").
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:was|were|is|are|be|been|being|so|a|an|the|this|its|their|his|her|our)\s*-?\s*$)", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    public static partial Regex PassiveBefore();
}
