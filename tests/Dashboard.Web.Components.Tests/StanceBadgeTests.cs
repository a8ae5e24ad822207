using Bunit;
using Dashboard.Web.Components.Ui;

namespace Dashboard.Web.Components.Tests;

public sealed class StanceBadgeTests : MudContext
{
    [Theory]
    [InlineData("committed")]
    [InlineData("neutral")]
    [InlineData("withdrawing")]
    public void A_stance_is_a_word_and_an_icon_with_its_colour_as_a_third_cue(string label)
    {
        var chip = Render<StanceBadge>(p => p.Add(b => b.Label, label).Add(b => b.Program, "Artemis").Add(b => b.Conditional, true));

        var root = chip.Find(".mud-chip");
        Assert.Contains($"stance-{label}", root.ClassList);
        Assert.Contains(label, root.TextContent, StringComparison.Ordinal);
        Assert.Contains("(if…)", root.TextContent, StringComparison.Ordinal);
        Assert.Contains("Artemis", root.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(chip.FindAll("svg")); // the icon, beside the word
    }

    [Fact]
    public void Each_stance_of_the_scale_has_its_own_icon()
    {
        var labels = new[] { "committed", "supportive", "open", "neutral", "critical", "refusing", "withdrawing" };

        Assert.Equal(labels.Length, labels.Select(StanceStyle.Icon).Distinct().Count());
    }
}
