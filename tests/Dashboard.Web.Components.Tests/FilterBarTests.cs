using Bunit;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Filtering;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Components.Tests;

/// <summary>The filter bar writes every change into the URL; the view reads it back from there.</summary>
public sealed class FilterBarTests : MudContext
{
    private static readonly FilterChoices Choices = new(["CNSA", "NASA", "Roscosmos"], ["Artemis", "ILRS"], ["Interfax", "TASS"]);

    public FilterBarTests() => Services.AddScoped<FilterPanelState>();

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void Removing_one_chip_keeps_the_other_filters_in_the_url()
    {
        var filter = DashboardFilter.None with { Actors = ["NASA", "Roscosmos"], Programs = ["Artemis"], Text = "gateway" };
        var bar = Render<FilterBar>(p => p.Add(b => b.Filter, filter).Add(b => b.Choices, Choices));

        Assert.Equal(["Actor: NASA", "Actor: Roscosmos", "Program: Artemis", "Text: “gateway”"],
            bar.FindAll(".active-filters .mud-chip").Select(c => c.TextContent.Trim()));
        bar.FindAll(".active-filters .mud-chip")[0].QuerySelector("button")!.Click();

        var uri = new Uri(Navigation.Uri);
        Assert.Contains("actor=Roscosmos", uri.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("actor=NASA", uri.Query, StringComparison.Ordinal);
        Assert.Contains("program=Artemis", uri.Query, StringComparison.Ordinal);
        Assert.Contains("q=gateway", uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public void Clear_all_empties_the_query_and_an_empty_filter_says_so()
    {
        var bar = Render<FilterBar>(p => p.Add(b => b.Filter, DashboardFilter.None with { Outlets = ["TASS"] }).Add(b => b.Choices, Choices));

        bar.FindAll("button").Single(b => b.TextContent.Contains("Clear all filters", StringComparison.Ordinal)).Click();

        Assert.Equal("", new Uri(Navigation.Uri).Query);
        var empty = Render<FilterBar>(p => p.Add(b => b.Filter, DashboardFilter.None).Add(b => b.Choices, Choices));
        Assert.Contains("No filter: showing everything.", empty.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_calendar_opens_on_the_month_of_the_corpus_or_of_the_chosen_range_not_on_today()
    {
        Services.GetRequiredService<FilterPanelState>().Expanded = true;
        var newest = Choices with { Newest = new DateOnly(2021, 3, 16) };

        var unfiltered = Render<FilterBar>(p => p.Add(b => b.Filter, DashboardFilter.None).Add(b => b.Choices, newest));
        var ranged = Render<FilterBar>(p => p.Add(b => b.Filter, DashboardFilter.None with { From = new DateOnly(2019, 11, 2) }).Add(b => b.Choices, newest));

        Assert.Equal(new DateTime(2021, 3, 1), unfiltered.FindComponent<MudBlazor.MudDateRangePicker>().Instance.PickerMonth);
        Assert.Equal(new DateTime(2019, 11, 1), ranged.FindComponent<MudBlazor.MudDateRangePicker>().Instance.PickerMonth);
    }

    [Fact]
    public void The_fields_are_folded_until_asked_for_and_stay_open_for_the_tab()
    {
        var bar = Render<FilterBar>(p => p.Add(b => b.Filter, DashboardFilter.None).Add(b => b.Choices, Choices));
        var toggle = bar.FindAll("button").Single(b => b.TextContent.Trim() == "Filters");
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));

        toggle.Click();

        Assert.Equal("true", bar.FindAll("button").Single(b => b.TextContent.Trim() == "Filters").GetAttribute("aria-expanded"));
        Assert.True(Services.GetRequiredService<FilterPanelState>().Expanded);
    }

    [Fact]
    public void Notes_about_ignored_values_are_polite_status_text_never_markup()
    {
        var bar = Render<FilterBar>(p => p.Add(b => b.Filter, DashboardFilter.None).Add(b => b.Choices, Choices)
            .Add(b => b.Notes, ["Unknown actor “<script>x()</script>” ignored."]));

        var note = bar.Find(".filter-notes");
        Assert.Equal("status", note.GetAttribute("role"));
        Assert.Empty(note.QuerySelectorAll("script"));
        Assert.Contains("<script>x()</script>", note.TextContent, StringComparison.Ordinal);
    }
}
