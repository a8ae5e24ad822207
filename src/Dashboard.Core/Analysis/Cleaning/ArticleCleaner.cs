using System.Buffers;
using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Statements;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Cleaning;

/// <summary>
/// Separates article text from what a web page puts around it. Works line by line on the raw
/// text with rules that name what they remove, so every removal can be shown and questioned.
/// </summary>
public static partial class ArticleCleaner
{
    private const string EndOfArticle = "after the end of the article";

    private const string ListHeadingReason = "heading of other stories";

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"“”«»");

    /// <summary>The longest line taken as a rights notice when the notice is not at its start.</summary>
    private const int MaximumNoticeWords = 40;

    public static CleanedArticle Clean(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var lines = Lines(raw);
        var verdicts = new string?[lines.Count];
        var contentStarts = new int[lines.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentIsLatin = LatinShare(raw) >= 0.5;
        var contentSoFar = 0;
        var totalLetters = Math.Max(1, raw.Count(char.IsLetter));
        var ended = false;

        for (var i = 0; i < lines.Count; i++)
        {
            var span = lines[i];
            var text = raw[span.Start..span.End];
            contentStarts[i] = span.Start;
            if (ended)
            {
                verdicts[i] = LooksLikeArticleProse(text) ? null : EndOfArticle;
            }
            else
            {
                verdicts[i] = Classify(text, i, documentIsLatin);
            }

            if (verdicts[i] is null)
            {
                var prefix = MetadataPrefix().Match(text);
                if (prefix.Success)
                {
                    contentStarts[i] = span.Start + prefix.Length;
                }

                var key = Words.Folded(raw[contentStarts[i]..span.End]);
                if (key.Length >= 20 && seen.ContainsKey(key))
                {
                    verdicts[i] = i >= lines.Count - 3 ? "repeated lead" : "repeated headline";
                }
                else
                {
                    seen.TryAdd(key, i);
                    contentSoFar += text.Count(char.IsLetter);
                }
            }
            else if (!ended && EndsArticle(verdicts[i]!) && contentSoFar * 2 >= totalLetters - contentSoFar - 1 && contentSoFar > 0)
            {
                ended = true;
            }
        }

        MarkListRuns(raw, lines, verdicts);
        MarkListsUnderHeadings(raw, lines, verdicts);
        return Assemble(raw, lines, verdicts, contentStarts);
    }

    private static CleanedArticle Assemble(string raw, List<TextSpan> lines, string?[] verdicts, int[] contentStarts)
    {
        var paragraphs = new List<Paragraph>();
        var debris = new List<Debris>();
        var block = 0;
        var previousWasContent = false;
        var wrapWidth = HardWraps.WrapWidth(raw, [.. lines.Where((_, i) => verdicts[i] is null)]);
        for (var i = 0; i < lines.Count; i++)
        {
            if (verdicts[i] is { } reason)
            {
                debris.Add(new Debris(lines[i], reason));
                if (previousWasContent)
                {
                    block++;
                }

                previousWasContent = false;
                continue;
            }

            if (contentStarts[i] > lines[i].Start)
            {
                debris.Add(new Debris(new TextSpan(lines[i].Start, contentStarts[i]), "metadata"));
            }

            var span = new TextSpan(contentStarts[i], lines[i].End).Trim(raw);
            if (span.Length == 0)
            {
                continue;
            }

            // A line that goes on with the sentence on the line before joins its paragraph; never the
            // headline's, and never a line that carried metadata.
            if (previousWasContent && paragraphs.Count >= 2 && contentStarts[i] == lines[i].Start && HardWraps.Continues(raw, lines[i - 1], span, wrapWidth))
            {
                paragraphs[^1] = paragraphs[^1] with { Span = new TextSpan(paragraphs[^1].Span.Start, span.End) };
            }
            else
            {
                paragraphs.Add(new Paragraph(span, Language(raw, span), block));
            }

            previousWasContent = true;
        }

        return new CleanedArticle(raw, paragraphs, debris);
    }

    private static string? Classify(string text, int index, bool documentIsLatin)
    {
        var trimmed = text.Trim();
        var words = Words.Count(trimmed);
        if (IconWord().Count(trimmed) >= 4)
        {
            return "icon names";
        }

        if (Counter().IsMatch(trimmed))
        {
            return "counter";
        }

        if (Timestamp().IsMatch(trimmed))
        {
            return "media player or timestamp";
        }

        if (SharePrompt().IsMatch(trimmed))
        {
            return "share prompt";
        }

        if (CommentPrompt().IsMatch(trimmed))
        {
            return "comment prompt";
        }

        // A page that lost its line breaks ends its one long paragraph with the notice: the line stays text, notice and all.
        if (RightsNotice().Match(trimmed) is { Success: true } notice && (notice.Index == 0 || words <= MaximumNoticeWords))
        {
            return "rights notice";
        }

        if (MediaWord().IsMatch(trimmed))
        {
            return "media player or timestamp";
        }

        // Pages put ad slots between the paragraphs of one article: furniture, never its end.
        if (AdSlot().IsMatch(trimmed))
        {
            return "advertisement slot";
        }

        if (RelatedLink().IsMatch(trimmed))
        {
            return "related link";
        }

        if (ImageCredit().IsMatch(trimmed))
        {
            return "image credit";
        }

        if (Byline().IsMatch(trimmed))
        {
            return "byline";
        }

        if (words <= MaximumNoticeWords && CookieBanner().IsMatch(trimmed))
        {
            return "cookie banner";
        }

        if (words <= 25 && TagLine().IsMatch(trimmed))
        {
            return "tags";
        }

        if (ListHeading().IsMatch(trimmed))
        {
            return ListHeadingReason;
        }

        if (trimmed.Any(char.IsAsciiDigit) && DateLine().IsMatch(trimmed))
        {
            return "date line";
        }

        if (index < 6 && FrontMatter().IsMatch(trimmed))
        {
            return "front matter";
        }

        if (Bullet().IsMatch(trimmed) && words <= 12)
        {
            return "navigation";
        }

        if (words <= 3 && !SentenceEnd().IsMatch(trimmed))
        {
            return "navigation";
        }

        if (documentIsLatin && LatinShare(trimmed) < 0.3 && words <= 15)
        {
            return "navigation (other language)";
        }

        return null;
    }

    private static bool EndsArticle(string reason) =>
        reason is "share prompt" or "comment prompt" or "rights notice" or "media player or timestamp";

    /// <summary>
    /// After the end of the article only a long, multi-sentence paragraph, or a sentence that quotes
    /// someone by a speech verb, is taken as text again: a newsletter prompt in mid-page once cut off
    /// the three quotations after it.
    /// </summary>
    private static bool LooksLikeArticleProse(string text) =>
        (text.Trim().Length >= 200 && SentenceEnd().Count(text) >= 2) || QuotesSomeone(text);

    /// <summary>A finished sentence quoting someone: teasers and headlines with a quotation rarely end in a full stop.</summary>
    private static bool QuotesSomeone(string text) =>
        text.Trim() is { Length: >= 80 } line && line[^1] is '.' or '!' or '?'
        && line.AsSpan().IndexOfAny(QuoteMarks) >= 0 && SpeechVerbs.Any().IsMatch(line);

    /// <summary>Short headline-like lines sandwiched between counters are a list of other stories.</summary>
    private static void MarkListRuns(string raw, List<TextSpan> lines, string?[] verdicts)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (verdicts[i] is not null)
            {
                continue;
            }

            var before = Neighbour(verdicts, i, -1);
            var after = Neighbour(verdicts, i, +1);
            var text = raw[lines[i].Start..lines[i].End].Trim();
            if (text.Length <= 160 && !QuotesSomeone(text) && IsListNoise(before) && IsListNoise(after) && (IsCounter(before) || IsCounter(after)) && !(IsCounter(before) ^ IsCounter(after) && i < 4))
            {
                verdicts[i] = "headline list";
            }
        }
    }

    /// <summary>The most headlines taken under one heading of other stories.</summary>
    private const int MaximumListedHeadlines = 12;

    /// <summary>
    /// Under "Related stories" or "More from …" come headlines, a line each: short, unquoted, not ending
    /// a sentence. The first line that reads as prose (a full stop, a quotation, many words) ends the list.
    /// </summary>
    private static void MarkListsUnderHeadings(string raw, List<TextSpan> lines, string?[] verdicts)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (verdicts[i] != ListHeadingReason)
            {
                continue;
            }

            for (var j = i + 1; j < lines.Count && j <= i + MaximumListedHeadlines; j++)
            {
                var text = raw[lines[j].Start..lines[j].End].Trim();
                if (verdicts[j] is "repeated headline")
                {
                    continue;
                }

                if (verdicts[j] is not (null or "navigation" or "related link") || QuotesSomeone(text) || text.EndsWith('.') || Words.Count(text) > 20)
                {
                    break;
                }

                verdicts[j] = "headline list";
            }
        }
    }

    private static bool IsCounter(string? reason) => reason is "counter" or "media player or timestamp" or EndOfArticle;

    private static bool IsListNoise(string? reason) => reason is "counter" or "media player or timestamp" or "navigation" or "headline list" or EndOfArticle;

    private static string? Neighbour(string?[] verdicts, int index, int step)
    {
        var j = index + step;
        return j >= 0 && j < verdicts.Length ? verdicts[j] : "navigation";
    }

    private static List<TextSpan> Lines(string raw)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i == raw.Length || raw[i] == '\n')
            {
                var span = new TextSpan(start, i).Trim(raw);
                if (span.Length > 0)
                {
                    lines.Add(span);
                }

                start = i + 1;
            }
        }

        return lines;
    }

    private static double LatinShare(string text)
    {
        int latin = 0, letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (c < 0x250)
            {
                latin++;
            }
        }

        return letters == 0 ? 1 : (double)latin / letters;
    }

    private static string Language(string raw, TextSpan span)
    {
        int cyrillic = 0, latin = 0, han = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            var c = raw[i];
            if (c is >= 'Ѐ' and <= 'ӿ')
            {
                cyrillic++;
            }
            else if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
            }
            else if (char.IsLetter(c) && c < 0x250)
            {
                latin++;
            }
        }

        var max = Math.Max(cyrillic, Math.Max(latin, han));
        return max == 0 ? "und" : max == cyrillic ? "ru" : max == han ? "zh" : "en";
    }

    [GeneratedRegex(@"icon", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex IconWord();

    [GeneratedRegex(@"^(?:[•·▪●\-–]\s*)?[-+]?\d[\d\s,.]*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Counter();

    [GeneratedRegex(@"^(?:[•·▪●]\s*)?\d{1,2}[:.]\d{2}(?:\s+\d{1,2}[:.]\d{2})?$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"(?i)^(?:like this (?:story|article)\b|share (?:it|this)\b|share on\b|follow us\b|subscribe\b|sign up for\b|print this\b|tweet this\b|email this\b)|share it with a friend", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SharePrompt();

    [GeneratedRegex(@"(?i)leave a comment|register and/or log in|log in to comment|join the discussion|^comments?\s*\(?\d*\)?$|^\d+\s+comments?$|^discussion$|^update$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex CommentPrompt();

    [GeneratedRegex(@"(?i)rights to this material|all rights reserved|material is placed by the copyright holder|^copyright\b|^©|reproduction (?:in whole or in part )?(?:is )?prohibited", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex RightsNotice();

    [GeneratedRegex(@"(?i)^(?:podcasts?|video|watch|listen|play|pause)$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex MediaWord();

    [GeneratedRegex(@"(?i)^(?:advertisement|advertising|ad|sponsored|story continues below(?: this)? (?:ad|advertisement))$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AdSlot();

    [GeneratedRegex(@"(?i)^(?:also on\s|read also\b|also read\b|read more\b|see also\b|related\s*:|more on this\b)", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex RelatedLink();

    /// <summary>The heading of a list of other stories ("Related stories", "More from Reuters", "Most read").</summary>
    [GeneratedRegex(@"(?i)^(?:related(?:\s+(?:stories|articles|news|coverage|content|posts))?|more\s+(?:from|on|in)\s+.{1,40}|more\s+(?:stories|news)|most\s+(?:read|popular|viewed)|top\s+stories|latest\s+(?:news|stories)|recommended(?:\s+for\s+you)?|you\s+(?:may|might)\s+also\s+like|read\s+next|what\s+to\s+read\s+next)\s*:?$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ListHeading();

    /// <summary>"By Anna Chen", "By Anna Chen and Li Wei, Space Correspondents": names only, so "By most estimates, …" stays text.</summary>
    [GeneratedRegex(@"^(?:By|BY)\s+" + Name + @"(?:\s*(?:,|and|&)\s*" + Name + ")*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Byline();

    private const string Name = @"\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}";

    /// <summary>"Tags: NASA, Artemis, Moscow": the page's labels for the story.</summary>
    [GeneratedRegex(@"(?i)^(?:tags?|topics?|keywords?|filed\s+under)\s*:\s*\S", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TagLine();

    /// <summary>A consent banner's text or buttons ("We use cookies …", "Accept all", "Manage preferences").</summary>
    [GeneratedRegex(@"(?i)\b(?:uses?|using)\s+cookies\b|\buse\s+of\s+cookies\b|^(?:accept|reject|allow)\s+(?:all|cookies)\b|\bmanage\s+(?:preferences|cookies|consent)\b|\bcookie\s+(?:policy|settings|preferences)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex CookieBanner();

    [GeneratedRegex(@"(?i)^(?:image|photo|picture|illustration)(?: source)?\s*:|^(?:photo|image) by\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ImageCredit();

    /// <summary>
    /// A line of nothing but dates, times and the words that label them: "12 May 2021, 14:05 GMT",
    /// "Published 3 January 2021, 14:05 GMT", "Aug 5, 2021 at 3:04 PM | Updated Aug 6, 2021", "02.04.2024 10:57".
    /// </summary>
    [GeneratedRegex(@"(?i)^(?:(?:published|updated|posted|modified|last\s+updated|first\s+published|on|at|" + Date + "|" + Time + @")(?:\s*[,|·•–-]\s*|\s+|$))+$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DateLine();

    private const string Date = @"\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?";

    private const string Time = @"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|MSK|IST|EST|EDT|ET|BST|CET|CEST)(?:\s*[+-]\s*\d{1,2})?)?";

    [GeneratedRegex(@"(?i)^(?:title|outlet|source|date|published|author|url)\s*:\s*\S", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^[•·▪●]", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"[.!?…]['""”’»)]*(?:\s|$)", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SentenceEnd();

    /// <summary>"date 2020-07-15 " glued to the start of the first paragraph by some exports.</summary>
    [GeneratedRegex(@"^\s*date\s+\d{4}-\d{2}-\d{2}\s+", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex MetadataPrefix();
}
