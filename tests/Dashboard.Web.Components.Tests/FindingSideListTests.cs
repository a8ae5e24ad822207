using Bunit;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Pages.Contradictions;

namespace Dashboard.Web.Components.Tests;

/// <summary>A finding's side as a short list of quotes: its clearest statement first and marked, its text shown as text.</summary>
public sealed class FindingSideListTests : MudContext
{
    private static StatementView Statement(int id, string text, string date) =>
        new(id, 10 + id, $"{id}.txt", null, $"Outlet {id}", "Yuri Borisov", "Roscosmos", text, 0, text.Length, true, null, date, [], $"fp{id}");

    private static FindingSideView Side(params StatementView[] statements) =>
        new("2022-07-25", "2022-07-27", "refusing", [.. statements.Select(s => s.Id), 98, 99], ["Outlet 1", "Outlet 2", "Outlet 3"], statements);

    [Fact]
    public void The_clearest_statement_comes_first_marked_and_the_side_says_how_many_it_holds()
    {
        var first = Statement(1, "We will not take part.", "2022-07-25");
        var second = Statement(2, "The decision is final.", "2022-07-26");
        var clearest = Statement(3, "We are leaving the project.", "2022-07-27");

        var list = Render<FindingSideList>(p => p
            .Add(s => s.Heading, "Earlier").Add(s => s.Side, Side(first, second, clearest)).Add(s => s.Clearest, clearest).Add(s => s.IdPrefix, "c1"));

        var quotes = list.FindAll(".side-quote blockquote p").Select(q => q.TextContent).ToList();
        Assert.Equal(["“We are leaving the project.”", "“We will not take part.”", "“The decision is final.”"], quotes);
        Assert.Single(list.FindAll(".side-quote.clearest"));
        Assert.Contains("Clearest of this side", list.Find(".side-quote.clearest").TextContent, StringComparison.Ordinal);
        Assert.Contains("2022-07-25 to 2022-07-27 · 5 statements · Outlet 1, Outlet 2, Outlet 3", list.Find(".side-facts").TextContent, StringComparison.Ordinal);
        Assert.Equal("c1-earlier", list.Find("section").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void Markup_in_a_quote_is_shown_as_text_and_a_long_quote_is_shortened_until_all_are_asked_for()
    {
        var hostile = Statement(1, "<script>alert('x')</script> " + new string('a', 400), "2022-07-25");

        var shortList = Render<FindingSideList>(p => p
            .Add(s => s.Heading, "Later").Add(s => s.Side, Side(hostile)).Add(s => s.Clearest, hostile).Add(s => s.IdPrefix, "c2"));
        var all = Render<FindingSideList>(p => p
            .Add(s => s.Heading, "Later").Add(s => s.Side, Side(hostile)).Add(s => s.Clearest, hostile).Add(s => s.IdPrefix, "c2").Add(s => s.All, true));

        Assert.Empty(shortList.FindAll("script"));
        Assert.StartsWith("“<script>", shortList.Find("blockquote p").TextContent, StringComparison.Ordinal);
        Assert.EndsWith("…”", shortList.Find("blockquote p").TextContent, StringComparison.Ordinal);
        Assert.EndsWith("aaa”", all.Find("blockquote p").TextContent, StringComparison.Ordinal);
    }
}
