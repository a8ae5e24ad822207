using Bunit;
using Dashboard.Web.Components.Ui;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dashboard.Web.Components.Tests;

public sealed class ConfirmationTests : MudContext
{
    [Theory]
    [InlineData("Purge permanently", true)]
    [InlineData("Keep it", false)]
    public async Task The_answer_is_yes_only_for_the_button_that_names_the_action(string clicked, bool expected)
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();

        var asking = host.InvokeAsync(() => dialogs.AskAsync("Purge “X”?", "This cannot be undone.", "Purge permanently"));
        host.WaitForAssertion(() => Assert.Contains("This cannot be undone.", host.Markup, StringComparison.Ordinal));
        host.FindAll("button").Single(b => b.TextContent.Trim() == clicked).Click();

        Assert.Equal(expected, await asking);
    }
}
