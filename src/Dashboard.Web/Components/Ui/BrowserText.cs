namespace Dashboard.Web.Components.Ui;

/// <summary>
/// How much text one field can send to the server through the circuit. A field's value travels
/// JSON-escaped, up to six bytes a character outside ASCII ("\u0436"); a message larger than the hub
/// accepts ends the session and loses what was typed (measured: 21,000 Cyrillic characters passed
/// at 128 KB, 40,000 did not). So fields stop at <see cref="MaxFieldCharacters"/> and say so, the
/// hub accepts what that needs, and longer texts go as files.
/// </summary>
public static class BrowserText
{
    public const int MaxFieldCharacters = 40_000;

    /// <summary>The hub's message limit: the longest field at six bytes a character, with room for the event around it.</summary>
    public const int MaxMessageBytes = 256 * 1024;

    public static bool IsFull(string? text) => (text?.Length ?? 0) >= MaxFieldCharacters;
}
