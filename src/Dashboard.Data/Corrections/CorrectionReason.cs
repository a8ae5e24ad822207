namespace Dashboard.Data.Corrections;

/// <summary>A correction's body is its line ("date = 2024-04-10") and then, optionally, why.</summary>
public static class CorrectionReason
{
    public static string? Of(string body) =>
        (body ?? "").Split('\n', 2) is [_, var rest] && !string.IsNullOrWhiteSpace(rest) ? rest.Trim() : null;
}
