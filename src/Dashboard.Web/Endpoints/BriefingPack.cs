using System.Globalization;
using System.Net;
using System.Text;
using Dashboard.Core.Analysis.Corpus;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Data.Briefing;
using Dashboard.Data.Queries;
using Dashboard.Web.Components;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// What a pack is made of: the slides, the figures of the corpus they were computed on, the matrix
/// as it stands (its columns in the matrix view's order), and the dashboard's address for links back.
/// </summary>
public sealed record PackInput(
    string Name, DateOnly? MeetingOn, DateTime MadeUtc, IReadOnlyList<BriefingSlide> Slides, OverviewFigures Corpus, MatrixView Matrix, IReadOnlyList<string> Programs, Uri Dashboard);

/// <summary>
/// The briefing pack: one HTML file that opens anywhere, offline, and runs nothing. A cover (what,
/// when, who, on which corpus), a contents list, each slide as shown in the room with every quote's
/// speaker, outlet, article title, date and links to the article and to the dashboard, the differing
/// words of source comparisons marked, the team's verdicts and notes, and the matrix as a table and
/// as a heatmap drawn in inline SVG. Every text from the corpus or a person is HTML-encoded.
/// </summary>
public static class BriefingPack
{
    /// <summary>The heatmap draws at most this many rows and columns (the table lists everything).</summary>
    public const int HeatmapLimit = 40;

    /// <summary>Blocks every load and script, should a browser ever be asked to run one; inline styles and data images stay.</summary>
    public const string Policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>"moscow-review-2026-12-10.html": the briefing's name and its meeting's day (or the day it was made).</summary>
    public static string FileName(string name, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return $"{(slug.Length == 0 ? "briefing" : slug)}-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.html";
    }

    public static string Render(PackInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{Policy}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(input.Name)} · {input.MeetingOn ?? DateOnly.FromDateTime(input.MadeUtc):yyyy-MM-dd}</title>
            <style>{Style}</style></head><body>
            """);
        Cover(html, input);
        for (var i = 0; i < input.Slides.Count; i++)
        {
            Slide(html, input, i);
        }

        MatrixSnapshot(html, input);
        return html.Append("</body></html>").ToString();
    }

    private static void Cover(StringBuilder html, PackInput input)
    {
        var corpus = input.Corpus;
        var authors = input.Slides.SelectMany(s => new[] { s.Slide.PinnedBy, s.Slide.EditedBy }.Concat(s.Annotations.Select(a => a.EditedBy ?? a.Author))).OfType<string>()
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var span = corpus.From is { } from && corpus.To is { } to ? $", dated {from:yyyy-MM-dd} to {to:yyyy-MM-dd}" : "";
        html.Append(CultureInfo.InvariantCulture, $"""
            <header class="cover">
            <h1>{E(input.Name)}</h1>
            <p class="lead">{(input.MeetingOn is { } day ? $"For the meeting of {day:yyyy-MM-dd} · " : "")}{input.Slides.Count} {Plural(input.Slides.Count, "item", "items")} for discussion · made {input.MadeUtc:yyyy-MM-dd HH:mm} UTC</p>
            <dl>
            <dt>Prepared by</dt><dd>{(authors.Count == 0 ? "nobody yet" : E(string.Join(", ", authors)))}</dd>
            <dt>Figures computed on</dt><dd>the whole corpus, no filter: {corpus.Documents} {Plural(corpus.Documents, "article", "articles")} and {corpus.Statements} {Plural(corpus.Statements, "statement", "statements")}{span}</dd>
            <dt>Outlets</dt><dd>{(corpus.Outlets.Count == 0 ? "none named" : E(string.Join(", ", corpus.Outlets.Select(o => $"{o.Outlet} ({o.Documents})"))))}</dd>
            <dt>From the dashboard at</dt><dd><a href="{E(input.Dashboard.ToString())}">{E(input.Dashboard.ToString())}</a></dd>
            </dl>
            <nav aria-label="Contents"><h2>Contents</h2><ol>
            """);
        for (var i = 0; i < input.Slides.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#slide-{i + 1}\">{E(input.Slides[i].Slide.Title)}</a> <span class=\"meta\">{input.Slides[i].Slide.KindName}</span></li>");
        }

        html.Append("<li><a href=\"#matrix\">The stance matrix</a></li></ol></nav></header>");
    }

    private static void Slide(StringBuilder html, PackInput input, int index)
    {
        var slide = input.Slides[index];
        html.Append(CultureInfo.InvariantCulture,
            $"<section class=\"slide\" id=\"slide-{index + 1}\"><p class=\"meta\">{index + 1} / {input.Slides.Count} · {slide.Slide.KindName} · pinned by {E(slide.Slide.PinnedBy)}</p><h2>{E(slide.Slide.Title)}</h2>");
        switch (slide.Content)
        {
            case CellContent cell:
                html.Append(CultureInfo.InvariantCulture,
                    $"<p>Latest <span class=\"stance\">{E(cell.Cell.LatestLabel)}</span>{(cell.Cell.LatestConditional ? " (conditional)" : "")} · average <span class=\"stance\">{E(cell.Cell.MeanLabel)}</span> · {cell.Cell.Count} {Plural(cell.Cell.Count, "statement", "statements")}, the latest {cell.Latest.Count} quoted</p>");
                foreach (var statement in cell.Latest)
                {
                    Quote(html, input, statement, E(statement.Text));
                }

                break;
            case StatementContent one:
                Quote(html, input, one.Statement, E(one.Statement.Text));
                break;
            case ContradictionContent pair:
                html.Append(CultureInfo.InvariantCulture, $"<p><strong>{E(pair.Contradiction.Kind)}</strong>: {E(pair.Contradiction.Explanation)}</p><div class=\"pair\"><div><h3>Earlier</h3><p class=\"meta\">{E(pair.Contradiction.Earlier.Summary)}</p>");
                Quote(html, input, pair.Contradiction.A, E(pair.Contradiction.A.Text));
                html.Append(CultureInfo.InvariantCulture, $"</div><div><h3>Later</h3><p class=\"meta\">{E(pair.Contradiction.Later.Summary)}</p>");
                Quote(html, input, pair.Contradiction.B, E(pair.Contradiction.B.Text));
                html.Append("</div></div>");
                break;
            case ClusterContent cluster:
                foreach (var discrepancy in cluster.Cluster.Discrepancies)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<p class=\"discrepancy\">⚠ {E(discrepancy)}</p>");
                }

                foreach (var member in cluster.Cluster.Members)
                {
                    Quote(html, input, member, Marked(cluster.Cluster.DifferencesOf(member)));
                }

                html.Append("<p class=\"meta\"><mark>Marked</mark> words differ from the other outlet's version.</p>");
                break;
            default:
                html.Append("<p><em>This item is no longer in the corpus: a re-analysis no longer finds it.</em></p>");
                break;
        }

        if (slide.Changed)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">Changed since it was pinned: then “{E(slide.Slide.Snapshot)}”.</p>");
        }

        if (slide.Slide.Notes.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>The presenter's notes</h3><p class=\"notes\">{E(slide.Slide.Notes)}</p>");
        }

        if (slide.Annotations.Count > 0)
        {
            html.Append("<h3>From the team</h3><ul class=\"team\">");
            foreach (var annotation in slide.Annotations)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<li><strong>{E(annotation.EditedBy ?? annotation.Author)}</strong> ({annotation.UpdatedAt:yyyy-MM-dd}): {E(annotation.Summary)}</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</section>");
    }

    /// <summary>A quote with where it comes from: speaker, outlet, article title, date, stances, and links to the article and to the dashboard.</summary>
    private static void Quote(StringBuilder html, PackInput input, StatementView s, string encodedText)
    {
        html.Append(CultureInfo.InvariantCulture, $"<blockquote><p>{(s.Direct ? $"“{encodedText}”" : encodedText)}</p><p class=\"meta\">{E(s.Speaker ?? "unknown speaker")}{(s.Actor is null ? "" : $" ({E(s.Actor)})")} · {E(s.Outlet ?? s.FileName)}");
        if (s.Title is { Length: > 0 } title)
        {
            html.Append(CultureInfo.InvariantCulture, $" · <cite>{E(title)}</cite>");
        }

        html.Append(CultureInfo.InvariantCulture, $" · {E(s.Date ?? "undated")}");
        if (s.Stances.Count > 0)
        {
            html.Append(" · ").Append(E(string.Join("; ", s.Stances.Select(st => $"{st.Program}: {st.Label}{(st.Conditional ? " (conditional)" : "")}"))));
        }

        html.Append("<br>");
        if (WebAddress(s.SourceUrl) is { } source)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(source)}\">the article</a> · ");
        }

        html.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(new Uri(input.Dashboard, Links.Statement(s.DocumentId, s.Id)).ToString())}\">in the dashboard</a></p></blockquote>");
    }

    /// <summary>The matrix as a table (every cell) and as a heatmap (the first <see cref="HeatmapLimit"/> rows and columns).</summary>
    private static void MatrixSnapshot(StringBuilder html, PackInput input)
    {
        var programs = input.Programs;
        var actors = input.Matrix.Actors;
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"matrix\" id=\"matrix\"><h2>The stance matrix</h2><p class=\"meta\">Latest stance of each agency on each program, and how many statements stand behind it. The whole corpus, as of {input.MadeUtc:yyyy-MM-dd HH:mm} UTC.</p>");
        if (actors.Count == 0 || programs.Count == 0)
        {
            html.Append("<p>No agency has taken a stance on a program yet.</p></section>");
            return;
        }

        Heatmap(html, input.Matrix, actors.Take(HeatmapLimit).ToList(), programs.Take(HeatmapLimit).ToList());
        if (actors.Count > HeatmapLimit || programs.Count > HeatmapLimit)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">The heatmap shows the first {HeatmapLimit} agencies and programs; the table below has all of them.</p>");
        }

        html.Append("<table><caption>Latest stance (statements)</caption><thead><tr><th scope=\"col\">Agency</th>");
        foreach (var program in programs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(program)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var actor in actors)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(actor)}</th>");
            foreach (var program in programs)
            {
                html.Append(input.Matrix.Cells.TryGetValue((actor, program), out var cell)
                    ? $"<td>{E(cell.LatestLabel)}{(cell.LatestConditional ? " (if…)" : "")} ({cell.Count})</td>"
                    : "<td class=\"empty\">–</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static void Heatmap(StringBuilder html, MatrixView matrix, List<string> actors, List<string> programs)
    {
        const int cellWidth = 96, cellHeight = 30, labelWidth = 170, headerHeight = 110;
        var width = labelWidth + (programs.Count * cellWidth) + 40;
        var height = headerHeight + (actors.Count * cellHeight) + 4;
        html.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"heatmap\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" role=\"img\" aria-label=\"Heatmap of the latest stances; the table below gives the same figures\">");
        for (var c = 0; c < programs.Count; c++)
        {
            var x = labelWidth + (c * cellWidth) + (cellWidth / 2);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{headerHeight - 8}\" transform=\"rotate(-35 {x} {headerHeight - 8})\" class=\"axis\">{E(Shorten(programs[c]))}</text>");
        }

        for (var r = 0; r < actors.Count; r++)
        {
            var y = headerHeight + (r * cellHeight);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 8}\" y=\"{y + (cellHeight / 2) + 5}\" text-anchor=\"end\" class=\"axis\">{E(Shorten(actors[r]))}</text>");
            for (var c = 0; c < programs.Count; c++)
            {
                var x = labelWidth + (c * cellWidth);
                if (!matrix.Cells.TryGetValue((actors[r], programs[c]), out var cell))
                {
                    html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + 1}\" y=\"{y + 1}\" width=\"{cellWidth - 2}\" height=\"{cellHeight - 2}\" fill=\"none\" stroke=\"#ced4da\"/>");
                    continue;
                }

                var (fill, ink) = Colours(cell.LatestLabel);
                html.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{x + 1}\" y=\"{y + 1}\" width=\"{cellWidth - 2}\" height=\"{cellHeight - 2}\" fill=\"{fill}\"><title>{E($"{actors[r]} on {programs[c]}: {cell.LatestLabel}, {cell.Count} statements")}</title></rect>"
                    + $"<text x=\"{x + (cellWidth / 2)}\" y=\"{y + (cellHeight / 2) + 5}\" text-anchor=\"middle\" fill=\"{ink}\">{E(cell.LatestLabel)}{(cell.LatestConditional ? " (if)" : "")}</text>");
            }
        }

        html.Append("</svg>");
    }

    /// <summary>The matrix view's scale (red, grey, green from −3 to 3) and a text colour readable on it.</summary>
    public static (string Fill, string Ink) Colours(string label)
    {
        var score = StanceLabels.TryParse(label, out var parsed) ? (int)parsed : 0;
        (int R, int G, int B) red = (0xb2, 0x18, 0x2b), grey = (0xe0, 0xe0, 0xe0), green = (0x1b, 0x78, 0x37);
        var (from, to, t) = score < 0 ? (grey, red, -score / 3.0) : (grey, green, score / 3.0);
        var rgb = (R: Mix(from.R, to.R, t), G: Mix(from.G, to.G, t), B: Mix(from.B, to.B, t));
        var luminance = ((0.2126 * Linear(rgb.R)) + (0.7152 * Linear(rgb.G)) + (0.0722 * Linear(rgb.B)));
        return ($"#{rgb.R:x2}{rgb.G:x2}{rgb.B:x2}", luminance > 0.18 ? "#000000" : "#ffffff");

        static int Mix(int a, int b, double t) => (int)Math.Round(a + ((b - a) * t));
        static double Linear(int channel) => channel / 255.0 is var c && c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static string Marked(IEnumerable<DiffSegment> segments) =>
        string.Concat(segments.Select(s => s.Kind == DiffKind.Same ? E(s.Text) : $"<mark>{E(s.Text)}</mark>"));

    /// <summary>Only an absolute http(s) address becomes a link: nothing the file holds can run or reach a local file.</summary>
    private static string? WebAddress(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;

    private static string Shorten(string text) => text.Length <= 22 ? text : text[..21] + "…";

    private static string Plural(int count, string one, string many) => count == 1 ? one : many;

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private const string Style = """
        body{font-family:system-ui,sans-serif;line-height:1.5;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#212529;background:#fff}
        h1{font-size:2rem;margin:0 0 .25rem}h2{margin:.25rem 0 .75rem}a{color:#0b57d0}
        .cover dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}.cover dt{font-weight:600}.cover dd{margin:0}
        .lead{font-size:1.15rem;color:#343a40}
        section{border-top:2px solid #495057;padding-top:1rem;margin-top:2rem}
        blockquote{margin:.5rem 0 1rem;padding:.25rem 1rem;border-left:4px solid #6c757d}blockquote p{margin:.25rem 0}
        .pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
        .meta{color:#495057;font-size:.9rem}.stance{font-weight:600}.discrepancy{font-weight:600}
        mark{background:#ffe066;color:#212529;padding:0 .1em}
        .team li{margin:.25rem 0}.notes{white-space:pre-line}
        table{border-collapse:collapse;font-size:.85rem;margin-top:1rem}th,td{border:1px solid #ced4da;padding:.2rem .4rem;text-align:left}td.empty{color:#6c757d}
        caption{text-align:left;font-weight:600;padding:.25rem 0}
        .heatmap{max-width:100%;height:auto;font-size:12px}.heatmap .axis{fill:#212529}
        @media print{body{margin:0;max-width:none}section,.matrix{break-before:page;border-top:none;margin-top:0}a{color:inherit}.pair{grid-template-columns:1fr 1fr}}
        @page{margin:15mm}
        """;
}
