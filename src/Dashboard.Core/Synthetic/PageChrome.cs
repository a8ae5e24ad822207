using System.Globalization;
using System.Text;

namespace Dashboard.Core.Synthetic;

/// <summary>
/// What a saved news page carries around its story: menus, a cookie banner, a byline and
/// timestamps, captions, "read more" links and advertisements inside the text, related headlines,
/// tags, a comments prompt and the footer. Each outlet keeps one look, as a site does.
/// </summary>
internal static class PageChrome
{
    private static readonly string[] MenuItems =
    [
        "Home", "News", "World", "Business", "Science", "Space", "Technology", "Opinion", "Video", "Podcasts",
        "Latest", "Live", "Newsletters", "Subscribe", "Sign in", "Menu", "Search", "Markets", "Culture", "Sport",
    ];

    private static readonly string[] FirstNames = ["Anna", "Pavel", "Li", "Maria", "James", "Yuki", "Rahul", "Claire", "Oleg", "Sarah", "Wei", "Tomás"];

    private static readonly string[] LastNames = ["Ivanova", "Smirnov", "Chen", "Garcia", "Miller", "Tanaka", "Iyer", "Dubois", "Kuznetsov", "Foster", "Zhang", "Novak"];

    private static readonly string[] Sections = ["Science", "Space", "World", "Technology", "Russia", "Asia", "Americas"];

    private static readonly string[] HeadlineShapes =
    [
        "{C} hosts talks on the future of orbital research",
        "Launch of the new cargo ship moved to {Y}",
        "Crew returns to Earth after {N} days in orbit",
        "Engineers finish tests of a heavy rocket engine",
        "Budget talks leave science missions in doubt",
        "Private firms bid for the next lunar lander contract",
        "Satellite debris forces the station to change orbit",
        "Students in {C} build a small satellite",
        "The week in space: {N} launches and a late landing",
    ];

    public static void Header(StringBuilder text, Random random, Outlet outlet, DateOnly published)
    {
        if (random.NextDouble() < 0.8)
        {
            var items = MenuItems.OrderBy(_ => random.Next()).Take(random.Next(4, 13)).ToList();
            if (outlet.MenuOnOneLine)
            {
                text.AppendLine(string.Join(" | ", items));
            }
            else
            {
                foreach (var item in items)
                {
                    text.AppendLine(item);
                }
            }
        }

        if (random.NextDouble() < 0.3)
        {
            text.AppendLine("We use cookies to improve your experience on our site and to show you relevant advertising. By continuing to browse, you agree to our use of cookies.");
            text.AppendLine("Accept all    Manage preferences");
        }

        if (random.NextDouble() < 0.4)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{outlet.Name} > {Sections[random.Next(Sections.Length)]}");
        }

        text.AppendLine();
    }

    public static void Byline(StringBuilder text, Random random, DateOnly published)
    {
        if (random.NextDouble() < 0.7)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"By {Person(random)}{(random.NextDouble() < 0.4 ? ", Space Correspondent" : string.Empty)}");
        }

        var time = new TimeOnly(random.Next(6, 23), random.Next(60));
        var stamp = random.Next(3) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"Published {published:d MMMM yyyy}, {time:HH:mm} GMT"),
            1 => string.Create(CultureInfo.InvariantCulture, $"{published:MMM d, yyyy} at {time:h:mm tt} | Updated {published.AddDays(random.Next(2)):MMM d, yyyy}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{published:dd.MM.yyyy} {time:HH:mm}"),
        };
        text.AppendLine(stamp);
        if (random.NextDouble() < 0.5)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{random.Next(2, 9)} min read");
        }

        text.AppendLine();
    }

    /// <summary>One line that a page puts between paragraphs: a caption, a link, an advertisement.</summary>
    public static string Interruption(Random random, string outletName, string speaker, string city, int year) => random.Next(5) switch
    {
        0 => "ADVERTISEMENT",
        1 => $"Read more: {Headline(random, city, year)}",
        2 => $"{speaker} at a news conference in {city}. Photo: {outletName} / {Person(random)}",
        3 => $"Also read | {Headline(random, city, year)}",
        _ => "Story continues below advertisement",
    };

    public static void Footer(StringBuilder text, Random random, Outlet outlet, string city, int year, IReadOnlyList<string> tags)
    {
        if (outlet.SignsOff && random.NextDouble() < 0.7)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"(Reporting by {Person(random)}; Editing by {Person(random)})");
            text.AppendLine();
        }

        if (random.NextDouble() < 0.5)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Tags: {string.Join(", ", tags)}");
        }

        if (random.NextDouble() < 0.6)
        {
            text.AppendLine(random.NextDouble() < 0.5 ? "Related stories" : "More from " + outlet.Name);
            foreach (var shape in HeadlineShapes.OrderBy(_ => random.Next()).Take(random.Next(3, 7)))
            {
                text.AppendLine(Headline(shape, random, city, year - random.Next(2)));
            }

            text.AppendLine();
        }

        if (random.NextDouble() < 0.4)
        {
            text.AppendLine("Comments (0)");
            text.AppendLine("Do you want to leave a comment? Register and/or Log in");
        }

        if (random.NextDouble() < 0.3)
        {
            text.AppendLine("Like this story? Share it with a friend!");
            text.AppendLine("icon bookmark-bicon cameraicon checkicon chevron downicon closeicon shareicon searchicon");
        }

        if (random.NextDouble() < 0.5)
        {
            text.AppendLine("Sign up for our newsletter to get the day's top stories in your inbox.");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"© {year} {outlet.Name}. All rights reserved.");
        if (random.NextDouble() < 0.6)
        {
            text.AppendLine(string.Join("  ", ["About us", "Contacts", "Privacy policy", "Terms of use", "Advertise"]));
        }
    }

    public static string Person(Random random) => $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";

    private static string Headline(Random random, string city, int year) => Headline(HeadlineShapes[random.Next(HeadlineShapes.Length)], random, city, year);

    private static string Headline(string shape, Random random, string city, int year) => shape
        .Replace("{C}", city, StringComparison.Ordinal)
        .Replace("{Y}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{N}", random.Next(3, 200).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

/// <summary>An outlet's name and the habits of its pages, the same in every article it publishes.</summary>
internal sealed record Outlet(string Name, bool MenuOnOneLine, bool StraightQuotes, bool WindowsLineEnds, bool SignsOff);
