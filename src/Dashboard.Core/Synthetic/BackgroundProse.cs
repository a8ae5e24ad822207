using System.Globalization;
using System.Text;

namespace Dashboard.Core.Synthetic;

/// <summary>
/// The paragraphs a story spends on context: history, schedules, money, what others said. Sentences
/// are put together from parts with numbers, dates and abbreviations in them, so that no two stories
/// share a paragraph and the splitter meets "U.S.", "Dr." and "3.5" as it does in published text.
/// </summary>
internal static class BackgroundProse
{
    private static readonly string[] Openings =
    [
        "According to budget documents seen by reporters,", "Since the late 1990s,", "In {M} {Y},", "Over the past {N} years,",
        "Under the plan approved last spring,", "As of {M} 1,", "By most estimates,", "Earlier this year,",
    ];

    private static readonly string[] Middles =
    [
        "work on {P} has cost about ${B} billion", "the schedule of {P} has slipped by roughly {N} months",
        "{A} has flown {N} missions to low Earth orbit", "the U.S. Congress has funded {P} at ${B} billion a year",
        "engineers have run {N} test firings of the new engine", "the station has hosted crews from {N} countries",
        "the first segment of {P} was built in {C}", "Dr. {R} led the team that drafted the technical requirements",
    ];

    private static readonly string[] Endings =
    [
        ", a figure critics call optimistic.", ", roughly {N}% more than planned.", " (the exact number was not disclosed).",
        "; the next review is due in {M}.", ", officials said at the time.", " — more than any other program of its kind.", ".",
    ];

    private static readonly string[] Standalone =
    [
        "The launch window opens at 3:45 a.m. local time and lasts about {N} minutes.",
        "A spokesperson for {A} did not respond to a request for comment by press time.",
        "The spacecraft weighs about {N}.5 tonnes and carries {N} instruments.",
        "The agreement was first drafted in {Y} and has been revised several times since.",
        "Engineers in {C} said the hardware was \"on track\", though tests continue.",
        "The mission, known internally as Project {R}, has no firm date yet.",
    ];

    private static readonly string[] AnalystClaims =
    [
        "Nobody can build a station of that size alone", "Money decides these things more than politics",
        "The schedule was never realistic", "It is a question of who controls the hardware",
        "The engineers get along far better than the diplomats", "Every delay makes the partnership more expensive",
    ];

    private static readonly string[] AnalystTails = ["", ", and everyone in the industry knows it", " in the end", ", at least for now"];

    private static readonly string[] Institutes = ["the Space Policy Institute", "a research centre in {C}", "the Institute of Orbital Studies", "an independent consultancy"];

    private static readonly string[] Months = ["January", "March", "April", "June", "September", "November", "Jan.", "Feb.", "Aug.", "Dec."];

    /// <summary>A paragraph of two to four sentences of context.</summary>
    public static string Paragraph(Random random, Slots slots)
    {
        var text = new StringBuilder();
        for (var i = random.Next(2, 5); i > 0; i--)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(random.NextDouble() < 0.25
                ? Fill(Standalone[random.Next(Standalone.Length)], random, slots)
                : Fill($"{Openings[random.Next(Openings.Length)]} {Middles[random.Next(Middles.Length)]}{Endings[random.Next(Endings.Length)]}", random, slots));
        }

        return text.ToString();
    }

    /// <summary>An outside analyst's remark, quoted and attributed: a quote by someone no gazetteer lists.</summary>
    public static string AnalystQuote(Random random, Slots slots, string open, string close) =>
        Fill($"{open}{AnalystClaims[random.Next(AnalystClaims.Length)]}{AnalystTails[random.Next(AnalystTails.Length)]},{close} said {PageChrome.Person(random)}, an analyst at {Institutes[random.Next(Institutes.Length)]}.", random, slots);

    private static string Fill(string template, Random random, Slots slots) =>
        template.Replace("{P}", slots.Program, StringComparison.Ordinal)
            .Replace("{A}", slots.Actor, StringComparison.Ordinal)
            .Replace("{C}", slots.City, StringComparison.Ordinal)
            .Replace("{Y}", (slots.Year - random.Next(1, 12)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{M}", Months[random.Next(Months.Length)], StringComparison.Ordinal)
            .Replace("{N}", random.Next(2, 90).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{B}", string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 40)}.{random.Next(10)}"), StringComparison.Ordinal)
            .Replace("{R}", PageChrome.Person(random).Split(' ')[1], StringComparison.Ordinal)
            .Replace("..", ".", StringComparison.Ordinal); // an abbreviated month that ends the sentence

    /// <summary>What a story's context sentences may name.</summary>
    public sealed record Slots(string Program, string Actor, string City, int Year);
}
