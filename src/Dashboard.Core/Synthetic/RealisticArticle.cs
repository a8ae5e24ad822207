using System.Globalization;
using System.Text;

namespace Dashboard.Core.Synthetic;

/// <summary>
/// Writes an utterance as a saved news page of 2–5 KB: the outlet's menus and byline, the remark
/// reported and quoted in one of the shapes stories use, paragraphs of context with captions and
/// links between them, an analyst's remark, and the page's footer; some pages hard-wrapped, with
/// Windows line ends, straight quotes, non-breaking spaces or leftover entities.
/// </summary>
internal static class RealisticArticle
{
    private static readonly Outlet[] Sites = CorpusGenerator.Outlets
        .Select((name, i) => new Outlet(name, MenuOnOneLine: i % 2 == 0, StraightQuotes: i % 3 == 1, WindowsLineEnds: i % 4 == 3, SignsOff: i % 3 == 2))
        .ToArray();

    private static readonly string[] LeadIns = ["", "", "Let me be clear. ", "As I have said many times, ", "I want to stress this: ", "Frankly speaking, "];

    private static readonly string[] Tails = ["", "", " This is our position.", " We have told our colleagues the same.", " Everything else is speculation.", " Time will show who was right."];

    private static readonly string[] Plans =
    [
        "The first stage of {P} will take about {N} years, and then we will see",
        "We expect the next launch under {P} in {Y}, if the hardware is ready",
        "Our engineers will present the design of the module to the council in {Y}",
    ];

    public static GeneratedArticle Write(Random random, int index, CorpusGenerator.Utterance u, bool reworded)
    {
        var site = Sites[random.Next(Sites.Length)];
        var (open, close) = site.StraightQuotes ? ("\"", "\"") : ("“", "”");
        var phrase = CorpusGenerator.Phrases[u.Phrase];
        var program = u.Program.Aliases[random.Next(u.Program.Aliases.Count)];
        var year = u.Date.Year + 1;
        var quote = LeadIns[(u.Date.DayNumber + u.Phrase) % LeadIns.Length]
            + CorpusGenerator.Fill(phrase.Direct[reworded ? 1 : 0], program, u.Role.Actor, year)
            + Tails[(u.Date.DayNumber / 7) % Tails.Length];
        var reported = CorpusGenerator.Fill(phrase.Reported[random.Next(phrase.Reported.Length)], program, u.Role.Actor, year);
        var published = u.Date.AddDays(random.Next(0, 3));
        var city = CorpusGenerator.Cities[random.Next(CorpusGenerator.Cities.Length)];
        var slots = new BackgroundProse.Slots(program, u.Role.Actor, city, u.Date.Year);
        var target = random.Next(2000, 5000);

        var page = new StringBuilder();
        PageChrome.Header(page, random, site, published);
        page.AppendLine(Headline(random, u, program)).AppendLine();
        PageChrome.Byline(page, random, published);

        var body = new List<string>
        {
            $"{CorpusGenerator.Dateline(random, site.Name, published)}{u.Speaker.Name}, {u.Role.Title} of {u.Role.Actor}, said on {u.Date.DayOfWeek} that {reported}.",
            BackgroundProse.Paragraph(random, slots),
            Quoted(random, quote, u, open, close),
        };
        if (random.NextDouble() < 0.3)
        {
            var plan = BackgroundProse.Paragraph(random, slots);
            body.Add($"{open}{CorpusGenerator.Fill(Plans[random.Next(Plans.Length)], program, u.Role.Actor, year).Replace("{N}", random.Next(2, 9).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)},{close} {u.Surname} added. {plan}");
        }

        var analystAt = random.NextDouble() < 0.5 ? random.Next(body.Count, body.Count + 4) : -1;
        var footerSize = 500;
        while (page.Length + body.Sum(p => p.Length + 2) + footerSize < target)
        {
            if (body.Count == analystAt)
            {
                body.Add(BackgroundProse.AnalystQuote(random, slots, open, close));
            }

            body.Add(Messy(random, BackgroundProse.Paragraph(random, slots)));
            if (random.NextDouble() < 0.3)
            {
                body.Add(PageChrome.Interruption(random, site.Name, u.Speaker.Name, city, u.Date.Year));
            }
        }

        body.Add($"{site.Name} could not independently confirm the details.");
        var wrapAt = random.NextDouble() < 0.12 ? random.Next(64, 80) : 0;
        foreach (var paragraph in body)
        {
            page.AppendLine(wrapAt > 0 ? Wrap(paragraph, wrapAt) : paragraph);
            page.AppendLine(random.NextDouble() < 0.1 ? " " : string.Empty);
        }

        PageChrome.Footer(page, random, site, city, u.Date.Year, [u.Role.Actor, u.Program.Name, city]);
        var text = page.ToString();
        if (site.WindowsLineEnds)
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        return new GeneratedArticle(u.FileName(index), text);
    }

    private static string Headline(Random random, CorpusGenerator.Utterance u, string program) => random.Next(4) switch
    {
        0 => $"{u.Role.Actor} chief speaks on {u.Program.Name}",
        1 => $"{program}: {u.Role.Actor} sets out where it stands",
        2 => $"What {u.Surname}'s words mean for {u.Program.Name}",
        _ => $"{u.Role.Actor} and the future of {program}",
    };

    /// <summary>The direct quote in one of the shapes stories use, including a quote split around its attribution.</summary>
    private static string Quoted(Random random, string quote, CorpusGenerator.Utterance u, string open, string close)
    {
        var split = quote.IndexOf(". ", StringComparison.Ordinal);
        return random.Next(4) switch
        {
            0 => $"{open}{quote}{close} {u.Surname} told {u.Venue}.",
            1 => $"{open}{quote.TrimEnd('.')},{close} {u.Surname} said.",
            2 => $"{u.Surname} told {u.Venue}: {open}{quote}{close}",
            _ when split > 0 => $"{open}{quote[..split]},{close} {u.Surname} said. {open}{quote[(split + 2)..]}{close}",
            _ => $"{open}{quote}{close} said {u.Surname}, speaking at {u.Venue}.",
        };
    }

    /// <summary>What copying a page leaves in context paragraphs: non-breaking spaces, entities, doubled spaces.</summary>
    private static string Messy(Random random, string paragraph) => random.Next(10) switch
    {
        0 => paragraph.Replace(" billion", "\u00A0billion", StringComparison.Ordinal).Replace(" tonnes", "\u00A0tonnes", StringComparison.Ordinal),
        1 => paragraph.Replace(". ", ".&nbsp; ", StringComparison.Ordinal),
        2 => paragraph.Replace(", ", ",  ", StringComparison.Ordinal),
        3 => paragraph.Replace(" and ", " &amp; ", StringComparison.Ordinal),
        _ => paragraph,
    };

    private static string Wrap(string paragraph, int width)
    {
        var lines = new StringBuilder();
        var column = 0;
        foreach (var word in paragraph.Split(' '))
        {
            if (column > 0 && column + 1 + word.Length > width)
            {
                lines.AppendLine();
                column = 0;
            }
            else if (column > 0)
            {
                lines.Append(' ');
                column++;
            }

            lines.Append(word);
            column += word.Length;
        }

        return lines.ToString();
    }
}
