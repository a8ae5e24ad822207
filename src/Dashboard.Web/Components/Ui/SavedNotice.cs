using Dashboard.Data.Annotations;
using MudBlazor;

namespace Dashboard.Web.Components.Ui;

/// <summary>What a view says once an annotation is saved: its own word, or the service's notice when the item had changed a moment before.</summary>
internal static class SavedNotice
{
    public static void AddSaved(this ISnackbar snackbar, AnnotationResult result, string saved)
    {
        ArgumentNullException.ThrowIfNull(snackbar);
        ArgumentNullException.ThrowIfNull(result);
        snackbar.Add(result.Notice ?? saved, result.Notice is null ? Severity.Success : Severity.Warning);
    }
}
