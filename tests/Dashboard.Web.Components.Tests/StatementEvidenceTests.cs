using Bunit;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Ui;

namespace Dashboard.Web.Components.Tests;

public sealed class StatementEvidenceTests : MudContext
{
    private static StatementView Statement(string kind, bool direct) =>
        new(1, 2, "a.txt", "A title", "TASS", "Roscosmos", "Roscosmos", "Roscosmos has signed the memorandum", 0, 35, direct, null, "2021-03-09",
            [new StanceView("ILRS", "committed", 3, false, 0.85, [new CueView(10, 35, "signed the memorandum", 3)])], "fp")
        { Kind = kind };

    [Fact]
    public void An_act_the_article_reports_says_so_and_wears_no_quotation_marks()
    {
        var evidence = Render<StatementEvidence>(p => p.Add(e => e.Item, Statement("act", direct: false)));

        Assert.Contains("an act the article reports, not a quotation", evidence.Find(".evidence-meta").TextContent, StringComparison.Ordinal);
        Assert.Equal("Roscosmos has signed the memorandum", evidence.Find(".evidence-quote p").TextContent);
    }

    [Fact]
    public void Words_quoted_wear_quotation_marks_and_no_act_label()
    {
        var evidence = Render<StatementEvidence>(p => p.Add(e => e.Item, Statement("said", direct: true)));

        Assert.Empty(evidence.FindAll(".evidence-kind"));
        Assert.Equal("“Roscosmos has signed the memorandum”", evidence.Find(".evidence-quote p").TextContent);
    }
}
