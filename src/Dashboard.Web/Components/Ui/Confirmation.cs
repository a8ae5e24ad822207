using MudBlazor;

namespace Dashboard.Web.Components.Ui;

/// <summary>Asks before an action that removes something: a Material dialog whose buttons say what each does.</summary>
public static class Confirmation
{
    /// <summary>True when the person chose <paramref name="yes"/>; false for <paramref name="no"/>, Esc or a click outside.</summary>
    public static async Task<bool> AskAsync(this IDialogService dialogs, string title, string message, string yes, string no = "Keep it")
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var answer = await dialogs.ShowMessageBoxAsync(title, message, yesText: yes, cancelText: no,
            options: new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true });
        return answer == true;
    }
}
