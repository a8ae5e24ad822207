using System.Text;

namespace Dashboard.Core.Tests.Safety;

/// <summary>
/// Text built to make a pattern or a pass do its worst: long runs of one character class, repeated
/// separators, nested and unclosed punctuation, and the constructions that once stalled the analysis
/// (a run of capitals before an interview's outlet, a quote of spaces, a page of stray "&lt;").
/// </summary>
public static class AdversarialText
{
    /// <summary>Single characters, one per class a pattern may treat specially.</summary>
    private static readonly string[] Atoms =
    [
        "A", "a", "1", " ", "\t", "\n", "\u00A0", ",", ".", ";", ":", "!", "?", "-", "–", "'", "’", "\"", "“", "”", "«", "»",
        "(", ")", "[", "<", ">", "/", "&", "_", "é", "Я", "中", "\u0301",
    ];

    /// <summary>Short units whose repetition a pattern may split in many ways.</summary>
    private static readonly string[] Units =
    [
        "A ", "Aa ", "A.", "A-b ", "A. ", "a, ", "a; ", "Aa, ", "the ", "not ", "no ", "said ", "said, ", "told ", "that ", "and ",
        "in ", "on Monday ", "Lunar ", "Gateway ", "NASA ", "Roscosmos ", "of the ", "<a ", "<p>", "</", "<!--", "&amp", "&",
        "\"a ", "“Aa ", "«a» ", ", but ", "; ", "if ", "would not ", "interview with ", "according to ", "1, ", "2021 ", "January ",
        "Mr. ", "U.S. ", "– ", "\n\n", ". \n",
    ];

    /// <summary>Openings and closings around a run, so that anchored patterns reach it.</summary>
    private static readonly (string Before, string After)[] Frames =
    [
        ("", ""),
        ("Rogozin said in an interview with ", "-b Cc about the Gateway."),
        ("“We are not interested,", " but ready for dialogue,” he said."),
        ("NASA, ", " said on Monday."),
        ("<html><body><p>", "</p></body></html>"),
        ("“", ""),
    ];

    /// <summary>Every atom and unit repeated to about <paramref name="length"/> characters, inside every frame.</summary>
    public static IEnumerable<(string Name, string Text)> Inputs(int length)
    {
        foreach (var piece in Atoms.Concat(Units))
        {
            var run = Repeat(piece, length);
            foreach (var (before, after) in Frames)
            {
                yield return ($"{Describe(before)}[{Describe(piece)} x{length / piece.Length}]{Describe(after)}", before + run + after);
            }
        }
    }

    public static string Repeat(string piece, int length)
    {
        var builder = new StringBuilder(length + piece.Length);
        while (builder.Length < length)
        {
            builder.Append(piece);
        }

        return builder.ToString();
    }

    private static string Describe(string text) =>
        text.Length > 12 ? text[..12].ReplaceLineEndings("\\n") + "…" : text.ReplaceLineEndings("\\n");
}
