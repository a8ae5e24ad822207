namespace Dashboard.Web.Components.Filtering;

/// <summary>Whether the filter fields are open, kept for the browser tab (circuit) so every view opens them the same way.</summary>
public sealed class FilterPanelState
{
    public bool Expanded { get; set; }
}
