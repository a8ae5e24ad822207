namespace Dashboard.Core.Analysis.Text;

/// <summary>A half-open range [Start, End) of offsets into an article's raw text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public string Of(string text) => text[Start..End];

    /// <summary>The same span without leading and trailing white space.</summary>
    public TextSpan Trim(string text)
    {
        var start = Start;
        var end = End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
