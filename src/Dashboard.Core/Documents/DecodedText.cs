namespace Dashboard.Core.Documents;

/// <summary>The outcome of turning a file's bytes into article text: either text or the reason it was refused.</summary>
public sealed record DecodedText
{
    private DecodedText(string? text, string? encodingName, string? rejection)
    {
        Text = text;
        EncodingName = encodingName;
        Rejection = rejection;
    }

    /// <summary>The decoded text, verbatim; null when rejected.</summary>
    public string? Text { get; }

    /// <summary>The encoding that was recognised (utf-8, utf-16, windows-1251).</summary>
    public string? EncodingName { get; }

    /// <summary>Why the bytes could not be used as article text; null when accepted.</summary>
    public string? Rejection { get; }

    public bool IsAccepted => Rejection is null;

    public static DecodedText Accepted(string text, string encodingName) => new(text, encodingName, null);

    public static DecodedText Rejected(string reason) => new(null, null, reason);
}
