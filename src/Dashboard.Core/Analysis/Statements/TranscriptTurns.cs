using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// The extractor's third pass: an interview's transcript, where a paragraph opens with its speaker's label
/// ("NELSON: Well, …", "BILL NELSON, NASA ADMINISTRATOR: …", "Sue - Well, …") and no quotation marks or
/// speech verb mark the words. A label is a speaker only when it names someone the article introduces, or
/// someone the gazetteer knows (mentioned in the article, or the only known person of that surname), so a "NOTE:" or "Q:" is no one. The turn is one direct
/// statement; what the earlier passes found in it of the same speaker gives way to it, others' words stay.
/// </summary>
internal sealed partial class TranscriptTurns(ExtractionRun run)
{
    public void Read()
    {
        for (var index = 0; index < run.Article.Paragraphs.Count; index++)
        {
            run.CancellationToken.ThrowIfCancellationRequested();
            var paragraph = run.Article.Paragraphs[index].Span;
            var label = Label().Match(run.Raw, paragraph.Start, paragraph.Length);
            if (!label.Success || SpeakerOf(label.Groups["name"].Value) is not { } speaker)
            {
                continue;
            }

            var words = new TextSpan(label.Index + label.Length, paragraph.End).Trim(run.Raw);
            if (Words.Count(run.Raw, words) < ExtractionRun.MinimumQuoteWords)
            {
                continue;
            }

            run.AddTurn(words, speaker, new TextSpan(label.Index, label.Index + label.Length), index);
        }
    }

    /// <summary>Whom a label names: a person the article introduced (full name, surname or given name), or a known person it mentions.</summary>
    private Speaker? SpeakerOf(string label)
    {
        var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(label.Trim().ToLowerInvariant());
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if ((run.Resolver.Introduced(name) ?? run.Resolver.Introduced(parts[^1])) is { } introduced)
        {
            return introduced;
        }

        var known = run.Mentions.Where(m => m.Kind == MentionKind.Person)
            .Select(m => run.Gazetteer.PeopleByName[m.Name]).Distinct()
            .Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Name.Split(' ')[^1], parts[^1], StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (known.Count == 0)
        {
            // "SECRETARY BLINKEN:" in a transcript whose text names him nowhere else: a surname only one known person has.
            known = [.. run.Gazetteer.People.Where(p => string.Equals(p.Name.Split(' ')[^1], parts[^1], StringComparison.OrdinalIgnoreCase))];
        }

        return known.Count == 1 ? Speaker.Person(known[0], run.Published) : null;
    }

    /// <summary>
    /// A speaker's label opening a paragraph: a name in capitals, perhaps with a title after a comma, then a colon
    /// ("WALTER ISAACSON, HOST:"), or a name in ordinary case before a colon or a dash ("Sue - ", "Nelson: ").
    /// </summary>
    [GeneratedRegex(@"^(?:(?<name>\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3})(?:\s*,\s*[^:\r\n]{1,80})?:|(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s*(?:[-–—]|:))\s+", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Label();
}
