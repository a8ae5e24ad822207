using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Data.Annotations;
using Dashboard.Data.Briefing;
using Dashboard.Data.Queries;
using Dashboard.Web.Endpoints;

namespace Dashboard.Web.Components.Tests;

/// <summary>The briefing pack: what a colleague who was not in the room reads, offline.</summary>
public sealed class BriefingPackTests
{
    private static readonly DateTime Made = new(2026, 12, 6, 9, 30, 0, DateTimeKind.Utc);
    private static readonly Uri Dashboard = new("http://briefing.example:5000/team/");

    private static StatementView Said(int id, int document, string text, string? outlet, string? url = null, string? title = "Agency plans", params StanceView[] stances) =>
        new(id, document, $"{document}.txt", title, outlet, "A. Speaker", "Roscosmos", text, 0, text.Length, true, null, "2021-01-12", stances, $"fp{id}")
        {
            SourceUrl = url,
        };

    private static SlideView Pin(int id, string type, string key, string title, string author = "Ana", string notes = "") =>
        new(id, type, key, title, notes, "", new SlideLookup(null, null, null), author, Made, null, 1);

    private static AnnotationView Note(int id, string type, string key, string body, string author) =>
        new(id, "note", type, key, body, null, author, Made, Made, 1);

    private static MatrixCellView Cell(string actor, string program, string latest, int count) =>
        new(actor, program, count, 0, latest, latest, null, false, false, null, null, []);

    private static PackInput Input(IReadOnlyList<BriefingSlide> slides, MatrixView? matrix = null, IReadOnlyList<string>? programs = null)
    {
        matrix ??= new MatrixView(["NASA", "Roscosmos"], ["Artemis", "Gateway"],
            new Dictionary<(string, string), MatrixCellView> { [("Roscosmos", "Gateway")] = Cell("Roscosmos", "Gateway", "refusing", 4), [("NASA", "Artemis")] = Cell("NASA", "Artemis", "committed", 2) }, 0);
        var corpus = new OverviewFigures(5, 42, 3, 4, new DateOnly(2020, 7, 15), new DateOnly(2021, 12, 3), 7, "Gateway", 3, null, [new OutletCount("TASS", 2), new OutletCount("SpaceNews", 1)]);
        return new PackInput("Briefing", null, Made, slides, corpus, matrix, programs ?? matrix.Programs, Dashboard);
    }

    [Theory]
    [InlineData("Briefing", "briefing-2026-12-06.html")]
    [InlineData("Gateway: Q1 review / Moscow", "gateway-q1-review-moscow-2026-12-06.html")]
    [InlineData("<script>", "script-2026-12-06.html")]
    [InlineData("   ", "briefing-2026-12-06.html")]
    [InlineData("Встреча", "briefing-2026-12-06.html")]
    public void The_file_is_named_with_the_briefing_and_the_day_and_only_safe_characters(string name, string expected) =>
        Assert.Equal(expected, BriefingPack.FileName(name, DateOnly.FromDateTime(Made)));

    [Fact]
    public void Every_quote_carries_its_outlet_title_date_and_links_to_the_article_and_the_dashboard()
    {
        var statement = Said(7, 2, "We are not interested in the Gateway.", "TASS", "https://tass.example/news/1", "Russia on the lunar station",
            new StanceView("Gateway", "refusing", -2, false, 0.9, []));
        var html = BriefingPack.Render(Input([new BriefingSlide(Pin(1, "statement", "fp7", "Roscosmos refuses"), new StatementContent(statement), [])]));

        Assert.Contains("“We are not interested in the Gateway.”", html, StringComparison.Ordinal);
        Assert.Contains("TASS", html, StringComparison.Ordinal);
        Assert.Contains("<cite>Russia on the lunar station</cite>", html, StringComparison.Ordinal);
        Assert.Contains("2021-01-12", html, StringComparison.Ordinal);
        Assert.Contains("Gateway: refusing", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://tass.example/news/1\">the article</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://briefing.example:5000/team/documents/2?statement=7#s7\">in the dashboard</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("not an address")]
    [InlineData(null)]
    public void An_article_address_that_is_not_a_web_address_is_never_a_link(string? address)
    {
        var statement = Said(3, 1, "Plain words.", "Outlet", address);
        var html = BriefingPack.Render(Input([new BriefingSlide(Pin(1, "statement", "fp3", "One"), new StatementContent(statement), [])]));

        Assert.DoesNotContain("the article</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("file:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_comparison_marks_the_words_each_outlet_has_that_the_other_lacks()
    {
        var cluster = new ClusterView("c1", ["Two outlets date it differently."],
        [
            Said(1, 1, "The decision to leave the station after 2024 has been made", "TASS"),
            Said(2, 2, "The decision to withdraw from the project after 2024 has been made", "Reuters"),
        ]);
        var html = BriefingPack.Render(Input([new BriefingSlide(Pin(1, "cluster", "c1", "Two versions"), new ClusterContent(cluster), [])]));

        Assert.Matches("<mark>[^<]*leave[^<]*</mark>", html);
        Assert.Matches("<mark>[^<]*withdraw[^<]*</mark>", html);
        Assert.DoesNotMatch("<mark>[^<]*(decision|made)[^<]*</mark>", html);
        Assert.Contains("Two outlets date it differently.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cover_names_the_corpus_the_authors_and_lists_the_slides_and_the_team_notes_follow_their_slide()
    {
        var statement = Said(7, 2, "Words.", "TASS");
        var slides = new List<BriefingSlide>
        {
            new(Pin(1, "statement", "fp7", "First item", "Ana", "Open with the date.\nThen the quote."), new StatementContent(statement), [Note(5, "statement", "fp7", "Check the date with the desk.", "Ben")]),
            new(Pin(2, "contradiction", "gone", "An item since gone", "Cleo"), null, []),
        };
        var html = BriefingPack.Render(Input(slides));

        Assert.Contains("Ana, Ben, Cleo", html, StringComparison.Ordinal);
        Assert.Contains("5 articles and 42 statements, dated 2020-07-15 to 2021-12-03", html, StringComparison.Ordinal);
        Assert.Contains("TASS (2), SpaceNews (1)", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#slide-1\">First item</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#slide-2\">An item since gone</a>", html, StringComparison.Ordinal);
        Assert.Contains("Check the date with the desk.", html, StringComparison.Ordinal);
        Assert.Contains("<h3>The presenter's notes</h3><p class=\"notes\">Open with the date.\nThen the quote.</p>", html, StringComparison.Ordinal);
        Assert.Contains("no longer in the corpus", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<section class=\"slide\""));
    }

    [Fact]
    public void Markup_from_articles_notes_and_names_is_text_and_the_file_loads_and_runs_nothing()
    {
        const string hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        var statement = Said(7, 2, hostile, hostile, "https://example.org/\"><script>alert(3)</script>", hostile);
        var slides = new List<BriefingSlide>
        {
            new(Pin(1, "statement", "fp7", hostile, hostile), new StatementContent(statement), [Note(5, "statement", "fp7", hostile, hostile)]),
        };
        var matrix = new MatrixView([hostile], [hostile], new Dictionary<(string, string), MatrixCellView> { [(hostile, hostile)] = Cell(hostile, hostile, "open", 1) }, 0);
        var html = BriefingPack.Render(Input(slides, matrix));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex("\\ssrc=\"", RegexOptions.None, TimeSpan.FromSeconds(1)), html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains($"content=\"{BriefingPack.Policy}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_matrix_is_a_table_of_every_cell_and_a_heatmap_drawn_in_the_file()
    {
        var html = BriefingPack.Render(Input([]));

        Assert.Contains("<th scope=\"row\">Roscosmos</th><td class=\"empty\">–</td><td>refusing (4)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">NASA</th><td>committed (2)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"heatmap\"", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<rect [^>]*fill=\"#")); // two cells with a stance; the empty ones are outlined
        Assert.Contains("<title>Roscosmos on Gateway: refusing, 4 statements</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_matrix_draws_the_first_rows_and_columns_and_tabulates_all()
    {
        var actors = Enumerable.Range(1, 60).Select(i => $"Agency {i:00}").ToList();
        var programs = Enumerable.Range(1, 50).Select(i => $"Program {i:00}").ToList();
        var cells = actors.SelectMany(a => programs.Select(p => (a, p))).ToDictionary(k => k, k => Cell(k.a, k.p, "open", 1));
        var html = BriefingPack.Render(Input([], new MatrixView(actors, programs, cells, 0), programs));

        Assert.Equal(BriefingPack.HeatmapLimit * BriefingPack.HeatmapLimit, Regex.Count(html, "<rect [^>]*fill=\"#"));
        Assert.Equal(60 * 50, Regex.Count(html, "<td>open \\(1\\)</td>"));
        Assert.Contains($"first {BriefingPack.HeatmapLimit} agencies and programs", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("withdrawing")]
    [InlineData("refusing")]
    [InlineData("critical")]
    [InlineData("neutral")]
    [InlineData("open")]
    [InlineData("supportive")]
    [InlineData("committed")]
    public void Every_heatmap_colour_has_a_text_colour_readable_on_it(string label)
    {
        var (fill, ink) = BriefingPack.Colours(label);
        Assert.True(Contrast(fill, ink) >= 4.5, $"{label}: {fill} with {ink} has contrast {Contrast(fill, ink):0.00}");
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
