using System.Globalization;
using System.Text;
using Dashboard.Core.Analysis.Entities;

namespace Dashboard.Core.Synthetic;

/// <summary>One generated article: its file name and text.</summary>
public sealed record GeneratedArticle(string FileName, string Text);

/// <summary>How generated articles look.</summary>
public enum ArticleStyle
{
    /// <summary>About 0.6 KB: a headline, the remark reported and quoted, two context lines, a little debris.</summary>
    Compact,

    /// <summary>2–5 KB, as a saved news page: menus, byline, captions and links inside the text, context, footer.</summary>
    Realistic,
}

/// <summary>
/// Writes a realistic synthetic corpus from the gazetteer: agency heads quoted directly and in
/// reported speech about programs, the same utterance reported by several outlets in different
/// wordings, page debris around the text, dates over several years. Deterministic for a seed.
/// </summary>
public sealed class CorpusGenerator(Gazetteer gazetteer)
{
    internal static readonly string[] Cities = ["Moscow", "Beijing", "Washington", "Paris", "Tokyo", "Bengaluru"];

    internal static readonly string[] Outlets = ["TASS", "Interfax", "Reuters", "Xinhua", "SpaceNews", "Kyodo", "CNBC", "RIA Novosti"];

    internal static readonly (int Score, string[] Direct, string[] Reported)[] Phrases =
    [
        (-3, ["We are withdrawing from {P}. The decision is final.", "Our country will leave {P} after {Y}."], ["{A} would withdraw from {P}", "{A} was pulling out of {P}"]),
        (-2, ["We are not interested in {P}. We have our own plans.", "We will not participate in {P} under these conditions."], ["{A} was not interested in {P}", "{A} would not take part in {P}"]),
        (-1, ["{P} is too American-centric, and we see no equal footing in it.", "The way {P} is run is a political project, not science."], ["{A} criticized {P} as a political project", "{P} raised serious concerns for {A}"]),
        (0, ["We are studying the documents on {P} and will announce our position later.", "{P} was discussed at the meeting among other questions."], ["{A} was studying the documents on {P}", "{A} discussed {P} among other questions"]),
        (1, ["We are ready to continue the dialogue on {P} with our partners.", "We could consider joining {P} if the terms are equal."], ["{A} was ready to continue consultations on {P}", "{A} was open to talks on {P}"]),
        (2, ["We support {P} and intend to cooperate with all partners.", "We are keen to contribute to {P} and look forward to the work."], ["{A} supports {P} and intends to contribute", "{A} looked forward to working together on {P}"]),
        (3, ["Today we signed the agreement on {P}. We will provide the module.", "We have joined {P} as a full partner."], ["{A} signed an agreement to join {P}", "{A} had become a partner in {P}"]),
    ];

    private static readonly string[] Debris =
    [
        "icon bookmark-bicon cameraicon checkicon chevron downicon closeicon shareicon searchicon",
        "Like this story? Share it with a friend!",
        "Podcasts\n0:00\n25:59",
        "Do you want to leave a comment? Register and/or Log in",
        "The rights to this material belong to the publisher",
    ];

    private static readonly string[] Fillers =
    [
        "The program has been discussed by engineers for several years and its schedule has slipped more than once.",
        "Analysts note that the budget for deep space exploration has grown steadily since the end of the last decade.",
        "The agencies exchanged technical documents through the working group that meets twice a year.",
        "Officials did not say when a final decision would be taken, and no timetable was published.",
    ];

    /// <summary>Generates <paramref name="count"/> articles; the same seed and style always give the same corpus.</summary>
    public IEnumerable<GeneratedArticle> Generate(int count, int seed, ArticleStyle style = ArticleStyle.Compact)
    {
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "the number of articles must be at least 1");
        }

        var random = new Random(seed);
        var speakers = gazetteer.People.Where(p => p.Roles.Count > 0).ToList();
        var programs = gazetteer.Programs.ToList();
        var utterances = new List<Utterance>();
        for (var i = 0; i < count; i++)
        {
            // A third of the articles re-report an earlier utterance in other words, as another outlet would.
            var reuse = utterances.Count > 0 && random.NextDouble() < 0.33;
            var utterance = reuse ? utterances[random.Next(utterances.Count)] : NewUtterance(random, speakers, programs);
            if (!reuse)
            {
                utterances.Add(utterance);
            }

            yield return style == ArticleStyle.Realistic ? RealisticArticle.Write(random, i, utterance, reuse) : Write(random, i, utterance, reuse);
        }
    }

    /// <summary>One remark of an agency's head, which several articles may report.</summary>
    internal sealed record Utterance(PersonEntry Speaker, RoleEntry Role, ProgramEntry Program, int Phrase, DateOnly Date, string Venue)
    {
        /// <summary>The name a story uses after the first mention.</summary>
        public string Surname => Speaker.Aliases.Where(a => !a.Contains(' ', StringComparison.Ordinal)).DefaultIfEmpty(Speaker.Name).First();

        public string FileName(int index) => string.Create(CultureInfo.InvariantCulture, $"{index:000000}_{Role.Actor.ToLowerInvariant().Replace(' ', '-')}.txt");
    }

    private static Utterance NewUtterance(Random random, List<PersonEntry> speakers, List<ProgramEntry> programs)
    {
        var speaker = speakers[random.Next(speakers.Count)];
        var role = speaker.Roles[random.Next(speaker.Roles.Count)];
        var end = role.To ?? new DateOnly(2025, 12, 31);
        var start = role.From < new DateOnly(2018, 1, 1) ? new DateOnly(2018, 1, 1) : role.From;
        var span = Math.Max(1, end.DayNumber - start.DayNumber);
        var date = DateOnly.FromDayNumber(start.DayNumber + random.Next(span));
        string[] venues = ["a press conference", "an interview with TASS", "his Telegram channel", "a briefing at the International Astronautical Congress"];
        return new Utterance(speaker, role, programs[random.Next(programs.Count)], random.Next(Phrases.Length), date, venues[random.Next(venues.Length)]);
    }

    private static GeneratedArticle Write(Random random, int index, Utterance u, bool reworded)
    {
        var phrase = Phrases[u.Phrase];
        var program = u.Program.Aliases[random.Next(u.Program.Aliases.Count)];
        var direct = Fill(phrase.Direct[reworded ? 1 : 0], program, u.Role.Actor, u.Date.Year + 1);
        var reported = Fill(phrase.Reported[random.Next(phrase.Reported.Length)], program, u.Role.Actor, u.Date.Year + 1);
        var outlet = Outlets[random.Next(Outlets.Length)];
        var surname = u.Surname;
        var published = u.Date.AddDays(random.Next(0, 3));
        var text = new StringBuilder();
        if (random.NextDouble() < 0.4)
        {
            text.AppendLine(Debris[0]);
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{u.Role.Actor} chief speaks on {u.Program.Name}");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{published.ToString("d MMM, yyyy", CultureInfo.InvariantCulture)} {random.Next(7, 22):00}:{random.Next(60):00}"));
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Dateline(random, outlet, published)}{u.Speaker.Name}, {u.Role.Title} of {u.Role.Actor}, said on {u.Date.DayOfWeek} that {reported}.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"“{direct}” {surname} told {u.Venue}.");
        text.AppendLine();
        text.AppendLine(Fillers[random.Next(Fillers.Length)]);
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{outlet} could not independently confirm the details. {Fillers[random.Next(Fillers.Length)]}");
        text.AppendLine();
        for (var d = 1; d < Debris.Length; d++)
        {
            if (random.NextDouble() < 0.3)
            {
                text.AppendLine(Debris[d]);
            }
        }

        return new GeneratedArticle(u.FileName(index), text.ToString());
    }

    /// <summary>The wire dateline that opens the story, in one of the styles outlets use; the analysis reads the outlet from it.</summary>
    internal static string Dateline(Random random, string outlet, DateOnly published)
    {
        var city = Cities[random.Next(Cities.Length)];
        var month = published.ToString("MMMM", CultureInfo.InvariantCulture);
        var day = published.Day;
        return random.Next(3) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"{city.ToUpperInvariant()}, {published.ToString("MMM", CultureInfo.InvariantCulture)} {day} ({outlet}) - "),
            1 => string.Create(CultureInfo.InvariantCulture, $"{city.ToUpperInvariant()}, {month} {day}. /{outlet}/. "),
            _ => string.Create(CultureInfo.InvariantCulture, $"{city}. {month} {day}{Ordinal(day)}. {outlet} - "),
        };
    }

    private static string Ordinal(int day) => day is 1 or 21 or 31 ? "st" : day is 2 or 22 ? "nd" : day is 3 or 23 ? "rd" : "th";

    internal static string Fill(string template, string program, string actor, int year) =>
        template.Replace("{P}", program, StringComparison.Ordinal)
            .Replace("{A}", actor, StringComparison.Ordinal)
            .Replace("{Y}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
