using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Cleaning;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Metadata;

/// <summary>
/// Finds title, outlet, publication date and language. A month and day without a year get the
/// earliest year consistent with what the article names: the years it mentions (not those of
/// sentences about the future), when its programs were announced and when the people it names held
/// their roles; such dates are flagged inferred. No date after today is a publication date.
/// </summary>
public sealed partial class MetadataExtractor(Gazetteer gazetteer, TimeProvider? clock = null)
{
    /// <summary>Today: nothing is published after the day it is read.</summary>
    private DateOnly Today => DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);

    /// <param name="article">The cleaned article.</param>
    /// <param name="mentions">The gazetteer's mentions in the whole raw text, when the caller already has them.</param>
    public ArticleMetadata Extract(CleanedArticle article, IReadOnlyList<Mention>? mentions = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var raw = article.Raw;
        var head = raw[..Math.Min(raw.Length, 2000)];
        var evidence = new List<string>();
        var front = FrontMatter(head);
        mentions ??= gazetteer.Matcher.Find(raw);

        var title = Title(article, front, evidence);
        var outlet = Outlet(raw, front, mentions, evidence);
        var (published, inferred) = Published(article, front, mentions, evidence);
        var language = Language(article);
        return new ArticleMetadata(title, outlet, published, inferred, language) { Evidence = evidence, IssuedBy = IssuedBy(front, evidence) ?? StatementOf(head, published, evidence) };
    }

    /// <summary>
    /// An agency's or government's own release: the front matter names it as the outlet or source
    /// ("Canadian Space Agency (press release)"), or the address is on its site (<see cref="ActorEntry.Domains"/>).
    /// </summary>
    private string? IssuedBy(Dictionary<string, string> front, List<string> evidence)
    {
        var issuer = (string[])["outlet", "source"];
        foreach (var key in issuer)
        {
            if (front.TryGetValue(key, out var named) && IssuerNamed(named) is { } agency)
            {
                evidence.Add($"issued by {agency}: named as the {key}");
                return agency;
            }
        }

        if (front.TryGetValue("url", out var url) && Uri.TryCreate(url, UriKind.Absolute, out var address))
        {
            var site = address.Host + address.AbsolutePath;
            var owner = gazetteer.Actors.FirstOrDefault(a => a.Kind is ActorKind.Agency or ActorKind.Government
                && a.Domains.Any(d => site.Equals(d, StringComparison.OrdinalIgnoreCase) || site.EndsWith("." + d, StringComparison.OrdinalIgnoreCase)
                    || site.StartsWith(d, StringComparison.OrdinalIgnoreCase) || site.Contains("." + d + "/", StringComparison.OrdinalIgnoreCase)));
            if (owner is not null)
            {
                evidence.Add($"issued by {owner.Name}: its site");
                return owner.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// A statement or testimony published whole, headed by whose it is ("Statement of Ms. Jane Roe, Director, … National
    /// Aeronautics and Space Administration before the Subcommittee …"): the organisation it names speaks as in its own release.
    /// </summary>
    private string? StatementOf(string head, DateOnly? published, List<string> evidence)
    {
        foreach (var line in head.Split('\n').Take(StatementHeaderLines))
        {
            var header = StatementHeader().Match(line);
            if (!header.Success)
            {
                continue;
            }

            var who = header.Groups["who"].Value;
            var before = who.IndexOf(" before ", StringComparison.OrdinalIgnoreCase);
            who = before > 0 ? who[..before] : who;
            var found = gazetteer.Matcher.Find(who);
            var owner = found.FirstOrDefault(m => m.Kind == MentionKind.Actor && !m.ByCountry && gazetteer.ActorsByName[m.Name].Kind is ActorKind.Agency or ActorKind.Government)?.Name
                ?? found.Where(m => m.Kind == MentionKind.Person).Select(m => gazetteer.PeopleByName[m.Name].RoleOn(published)?.Actor).FirstOrDefault(a => a is not null);
            if (owner is not null)
            {
                evidence.Add($"issued by {owner}: a statement headed by whose it is");
                return owner;
            }
        }

        return null;
    }

    /// <summary>How many lines from the top a statement's header may stand (front matter, title and page debris come first).</summary>
    private const int StatementHeaderLines = 16;

    /// <summary>"Statement of …", "Prepared Testimony by …", "Remarks from …" opening a line, in a heading's capitals.</summary>
    [GeneratedRegex(@"^\s*(?:title:\s*)?(?:(?:Prepared|Opening|Written|Joint)\s+)?(?:Statement|Testimony|Remarks)\s+(?:of|by|from)\s+(?<who>[^:\n]{3,300})", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex StatementHeader();

    /// <summary>
    /// The agency or government an outlet's name says issued the article ("Canadian Space Agency (press
    /// release)", "The White House"), or null for any other outlet ("India Today" is not ISRO's).
    /// </summary>
    public string? IssuerNamed(string outlet)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        return gazetteer.Matcher.Find(outlet) is [{ Kind: MentionKind.Actor } first, ..]
            && gazetteer.ActorsByName[first.Name].Kind is ActorKind.Agency or ActorKind.Government
            && StartsTheName(outlet, first.Start) && !first.ByCountry && IssuerTail().IsMatch(outlet.AsSpan(first.End))
            ? first.Name
            : null;
    }

    /// <summary>
    /// What may follow the issuer in an outlet's name: nothing, a note ("(press release)", ", newsroom") or the words of a
    /// release ("press service"); not more name: "The Kremlin Stories" and "NASA Watch" are outlets of their own.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:$|[(\[,;:/|–—-]|(?:(?:press|news|media|official)\s+)?(?:release|service|office|newsroom|statement|website|site)\b)", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex IssuerTail();

    /// <summary>The issuer opens the outlet's name, after an article at most: "The White House (press release)".</summary>
    private static bool StartsTheName(string named, int start) =>
        start == 0 || (start == 4 && named.StartsWith("The ", StringComparison.OrdinalIgnoreCase));

    private static Dictionary<string, string> FrontMatter(string head)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in head.Split('\n').Take(8))
        {
            var match = FrontMatterLine().Match(line.Trim());
            if (match.Success)
            {
                values.TryAdd(match.Groups["key"].Value, match.Groups["value"].Value.Trim());
            }
        }

        return values;
    }

    private static string? Title(CleanedArticle article, Dictionary<string, string> front, List<string> evidence)
    {
        if (front.TryGetValue("title", out var fromFront))
        {
            evidence.Add("title from the front matter");
            return fromFront;
        }

        var raw = article.Raw;
        var heading = MarkdownHeading().Match(raw);
        if (heading.Success)
        {
            evidence.Add("title: the Markdown heading");
            return Shorten(heading.Groups["title"].Value);
        }

        var repeated = article.Debris.FirstOrDefault(d => d.Reason is "repeated headline" or "repeated lead");
        if (repeated is not null)
        {
            evidence.Add("title: the line the page repeats");
            return Shorten(repeated.Span.Of(raw));
        }

        var first = article.Paragraphs.Take(3).Select(p => p.Span.Of(raw).Trim())
            .FirstOrDefault(t => t.Length <= 160 && !SentenceEnd().IsMatch(t));
        if (first is not null)
        {
            evidence.Add("title: the first short line without a full stop");
            return first;
        }

        if (article.Paragraphs.Count == 0)
        {
            return null;
        }

        var lead = SentenceSplitter.Split(raw, article.Paragraphs[0].Span).FirstOrDefault();
        evidence.Add("title: the first sentence");
        return Shorten(lead.Of(raw));
    }

    private static string Shorten(string text)
    {
        text = Words.Squeeze(text);
        if (text.Length <= 160)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', 150);
        return string.Concat(text.AsSpan(0, cut > 80 ? cut : 150), "…");
    }

    private string? Outlet(string raw, Dictionary<string, string> front, IReadOnlyList<Mention> mentions, List<string> evidence)
    {
        foreach (var key in (string[])["outlet", "source"])
        {
            if (front.TryGetValue(key, out var named))
            {
                evidence.Add("outlet from the front matter");
                var known = gazetteer.Matcher.Find(named).FirstOrDefault(m => IsOutlet(m));
                return known?.Name ?? named;
            }
        }

        var outlets = mentions.Where(IsOutlet).ToList();
        foreach (var mention in outlets)
        {
            var before = raw[Math.Max(0, mention.Start - 60)..mention.Start];
            var after = raw[mention.End..Math.Min(raw.Length, mention.End + 40)];
            var strong =
                (DatelineBefore().IsMatch(before) && DatelineAfter().IsMatch(after)) // "Moscow. December 15th. INTERFAX -"
                || (before.EndsWith('/') && after.StartsWith('/'))                    // "/TASS/"
                || (before.EndsWith('(') && after.StartsWith(')'))                    // "(Reuters) -"
                || TranslatedBy().IsMatch(after)                                      // "CNBC translated"
                || RequestsForComment().IsMatch(after)                                // "CNBC's requests for comment"
                || AlsoOn().IsMatch(before);                                          // "Also on rt.com"
            if (strong)
            {
                evidence.Add($"outlet: \"{raw[Math.Max(0, mention.Start - 12)..Math.Min(raw.Length, mention.End + 12)].ReplaceLineEndings(" ").Trim()}\"");
                return mention.Name;
            }
        }

        // A credit line: "Kyodo News, April 10, 2024", "— DW", "(Xinhua)", "The Hindu" on a line of its own.
        foreach (var mention in outlets)
        {
            var lineStart = raw.LastIndexOf('\n', Math.Max(0, mention.Start - 1)) + 1;
            var lineEnd = raw.IndexOf('\n', mention.End) is var end and >= 0 ? end : raw.Length;
            if (CreditBefore().IsMatch(raw[lineStart..mention.Start]) && CreditAfter().IsMatch(raw[mention.End..lineEnd]))
            {
                evidence.Add($"outlet: the credit line \"{raw[lineStart..lineEnd].Trim()}\"");
                return mention.Name;
            }
        }

        var told = outlets
            .Where(m => ToldBefore().IsMatch(raw[Math.Max(0, m.Start - 12)..m.Start]))
            .GroupBy(m => m.Name)
            .Select(g => (Name: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ToList();
        if (told.Count > 0 && told[0].Count >= 2 && (told.Count == 1 || told[1].Count < told[0].Count))
        {
            evidence.Add($"outlet: sources \"told {told[0].Name}\" {told[0].Count} times");
            return told[0].Name;
        }

        return null;
    }

    private bool IsOutlet(Mention mention) => mention.Kind == MentionKind.Actor && gazetteer.IsOutlet(mention.Name);

    private (DateOnly? Date, bool Inferred) Published(CleanedArticle article, Dictionary<string, string> front, IReadOnlyList<Mention> mentions, List<string> evidence)
    {
        var raw = article.Raw;
        foreach (var key in (string[])["date", "published"])
        {
            if (front.TryGetValue(key, out var text) && DateParsing.ParseFull(text) is { } fromFront && NotFuture(fromFront, "the front matter", evidence))
            {
                evidence.Add("date from the front matter");
                return (fromFront, false);
            }
        }

        var marked = DateMarker().Match(raw[..Math.Min(raw.Length, 600)]);
        if (marked.Success && DateParsing.ParseFull(marked.Groups["date"].Value) is { } markedDate && NotFuture(markedDate, "the \"date\" marker", evidence))
        {
            evidence.Add("date from the \"date\" marker");
            return (markedDate, false);
        }

        foreach (var line in article.Debris.Where(d => d.Reason is "date line").Select(d => d.Span.Of(raw)))
        {
            if (DateParsing.ParseFull(line) is { } dateLine && NotFuture(dateLine, "the date line", evidence))
            {
                evidence.Add("date from the date line");
                return (dateLine, false);
            }
        }

        var dateline = article.Paragraphs.Take(3).Select(p => Dateline().Match(p.Span.Of(raw))).FirstOrDefault(m => m.Success);
        if (dateline is not null && DateParsing.Month(dateline.Groups["mon"].Value) is { } month)
        {
            var day = int.Parse(dateline.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (dateline.Groups["y"].Success && DateParsing.Create(int.Parse(dateline.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), month, day) is { } full
                && NotFuture(full, "the dateline", evidence))
            {
                evidence.Add("date from the dateline");
                return (full, false);
            }

            if (InferYear(raw, month, day, mentions, evidence) is { } inferred)
            {
                return (inferred, true);
            }
        }

        return (null, false);
    }

    private bool NotFuture(DateOnly date, string source, List<string> evidence)
    {
        if (date <= Today)
        {
            return true;
        }

        evidence.Add($"{date:yyyy-MM-dd} from {source} is after today: not a publication date");
        return false;
    }

    /// <summary>
    /// The earliest year, up to today, that agrees with the article's own years, its programs' start
    /// dates and its people's roles. Years of sentences about the future ("a launch in 2031", "until
    /// 2028") say nothing about when the article appeared; a program's start date alone is too weak.
    /// </summary>
    private DateOnly? InferYear(string raw, int month, int day, IReadOnlyList<Mention> mentions, List<string> evidence)
    {
        var lowest = 1990;
        var reasons = new List<string>();
        var future = FutureYear().Matches(raw).Select(m => m.Index + m.Length - 4).ToHashSet();
        var years = Year().Matches(raw).Where(m => !future.Contains(m.Index))
            .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Where(y => y >= 1950 && y <= Today.Year).ToList();
        if (years.Count > 0)
        {
            lowest = years.Max();
            reasons.Add($"the article mentions {lowest}");
        }

        var programs = mentions.Where(m => m.Kind == MentionKind.Program).Select(m => gazetteer.ProgramsByName[m.Name]).Distinct().ToList();
        foreach (var program in programs.Where(p => p.Since is not null))
        {
            lowest = Math.Max(lowest, program.Since!.Value.Year);
        }

        var latestProgram = programs.Where(p => p.Since is not null).MaxBy(p => p.Since);
        if (latestProgram is not null)
        {
            reasons.Add($"{latestProgram.Name} exists since {latestProgram.Since:yyyy-MM}");
        }

        var roles = mentions.Where(m => m.Kind == MentionKind.Person)
            .Select(m => gazetteer.PeopleByName[m.Name])
            .Distinct()
            .SelectMany(p => p.Roles.Select(r => (Person: p, Role: r)))
            .Where(pr => mentions.Any(m => m.Kind == MentionKind.Actor && m.Name == pr.Role.Actor))
            .ToList();
        if (years.Count == 0 && roles.Count == 0)
        {
            return null; // only programs' start dates: any later year would do as well
        }

        for (var year = lowest; year <= Today.Year; year++)
        {
            if (DateParsing.Create(year, month, day) is not { } candidate || candidate > Today)
            {
                continue;
            }

            if (programs.Any(p => p.Since is { } since && candidate < since))
            {
                continue;
            }

            var byPerson = roles.GroupBy(r => r.Person);
            if (byPerson.All(g => g.Any(r => r.Role.Covers(candidate))))
            {
                reasons.AddRange(roles.Select(r => $"{r.Person.Name} was {r.Role.Title} of {r.Role.Actor} {r.Role.From:yyyy-MM}..{r.Role.To?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) ?? "now"}").Distinct());
                if (reasons.Count == 0)
                {
                    return null; // nothing in the article constrains the year
                }

                evidence.Add($"date from the dateline; year {year} inferred: {string.Join("; ", reasons)}");
                return candidate;
            }

            if (year > lowest + 40)
            {
                break;
            }
        }

        return null;
    }

    private static string Language(CleanedArticle article)
    {
        var byLanguage = article.Paragraphs.GroupBy(p => p.Language).Select(g => (g.Key, Size: g.Sum(p => p.Span.Length))).OrderByDescending(g => g.Size).ToList();
        return byLanguage.Count == 0 ? "und" : byLanguage[0].Key;
    }

    [GeneratedRegex(@"^(?<key>title|outlet|source|date|published|author|url)\s*:\s*(?<value>.+)$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex FrontMatterLine();

    [GeneratedRegex(@"^\s*date\s+(?<date>\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DateMarker();

    /// <summary>A place, then the month and day in either order: "TOKYO, April 10 -", "Moscow. March 3.", "Paris, 4 March 2025 —".</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{L} \-]{1,40}[.,]\s+(?:(?<mon>[A-Z][a-z]{2,8})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[A-Z][a-z]{2,8})\.?)(?:,?\s+(?<y>(?:19|20)\d{2}))?[.,]?(?:\s|$)", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Dateline();

    /// <summary>"# Title" on the first line of a Markdown file.</summary>
    [GeneratedRegex(@"^\s*#{1,6}[ \t]+(?<title>[^\n]{1,300}?)[ \t#]*(?:\n|$)", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex MarkdownHeading();

    /// <summary>Before an outlet on a credit line: nothing, a dash, "By", "Source:", "©" or an opening bracket.</summary>
    [GeneratedRegex(@"^\s*(?:[-–—]+|by|source:|credit:|©|\()?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex CreditBefore();

    /// <summary>After an outlet on a credit line: nothing, a closing bracket, or a date ("Kyodo News, April 10, 2024").</summary>
    [GeneratedRegex(@"^\s*(?:\)|[,.]?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d{2}))?\s*\.?\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex CreditAfter();

    /// <summary>A year in words about the future: "will … in 2031", "until 2028", "by 2030", "plans for 2027".</summary>
    [GeneratedRegex(@"\b(?:will|would|shall|plans?|planned|planning|scheduled|expected|aims?|aiming|intends?|by|until|till|through|before)\b[^.!?\n]{0,60}?\b(?:19|20)\d{2}\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex FutureYear();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Year();

    [GeneratedRegex(@"[.!?]['""”’»)]*\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:^|[.\n]\s*)(?:[A-Z][a-z]+ )?[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?\.\s*$|\d{1,2}(?:st|nd|rd|th)?\.\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DatelineBefore();

    [GeneratedRegex(@"^\s*[-–—:]", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DatelineAfter();

    [GeneratedRegex(@"^\s+translated\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TranslatedBy();

    [GeneratedRegex(@"^['’]s\s+requests?\s+for\s+comment", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex RequestsForComment();

    [GeneratedRegex(@"(?i)also on\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AlsoOn();

    [GeneratedRegex(@"\b(?:told|tells|telling)\s+(?:the\s+)?$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ToldBefore();
}
