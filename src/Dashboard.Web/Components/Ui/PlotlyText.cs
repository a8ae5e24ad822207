namespace Dashboard.Web.Components.Ui;

/// <summary>
/// Text handed to plotly.js. Plotly reads a subset of HTML in every label it draws (hover text,
/// trace and axis names, annotations): "&lt;a href&gt;" becomes a link, "&lt;b&gt;" bold. Article words and
/// names are data, so each such text goes through <see cref="Escape"/>; plotly turns the entities
/// back into the characters they stand for when it draws them.
/// </summary>
public static class PlotlyText
{
    public static string Escape(string? text) =>
        (text ?? "").Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
