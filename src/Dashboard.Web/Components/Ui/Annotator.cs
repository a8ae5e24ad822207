namespace Dashboard.Web.Components.Ui;

/// <summary>
/// Who is annotating in this browser session (one per circuit): the display name the
/// <see cref="AuthorBox"/> asks for once and the browser remembers. Every panel that writes
/// annotations signs with it and re-renders when it changes.
/// </summary>
public sealed class Annotator
{
    public string Name { get; private set; } = "";

    public bool Known => !string.IsNullOrWhiteSpace(Name);

    public event Action? Changed;

    public void Set(string name)
    {
        var trimmed = name.Trim();
        if (trimmed != Name)
        {
            Name = trimmed;
            Changed?.Invoke();
        }
    }
}
