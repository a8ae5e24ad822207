using System.Text;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Cleaning;

/// <summary>A paragraph of article text: its raw span, language ("en", "ru", …) and the block of unbroken text it belongs to.</summary>
public sealed record Paragraph(TextSpan Span, string Language, int Block);

/// <summary>Text that is not part of the article (menus, prompts, lists of other headlines…), with the reason.</summary>
public sealed record Debris(TextSpan Span, string Reason);

/// <summary>
/// An article separated from its page debris. Offsets are always raw offsets: the raw text is never
/// altered, <see cref="Text"/> is a convenience view whose offsets map back through <see cref="ToRaw"/>.
/// </summary>
public sealed class CleanedArticle
{
    private readonly int[] cleanStarts;

    public CleanedArticle(string raw, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Debris> debris)
    {
        Raw = raw;
        Paragraphs = paragraphs;
        Debris = debris;
        var builder = new StringBuilder();
        cleanStarts = new int[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
            {
                builder.Append("\n\n");
            }

            cleanStarts[i] = builder.Length;
            builder.Append(raw, paragraphs[i].Span.Start, paragraphs[i].Span.Length);
        }

        Text = builder.ToString();
    }

    public string Raw { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public IReadOnlyList<Debris> Debris { get; }

    /// <summary>The article's paragraphs joined by blank lines.</summary>
    public string Text { get; }

    /// <summary>The raw offset of a position in <see cref="Text"/> (separators map to the end of the paragraph before).</summary>
    public int ToRaw(int cleanOffset)
    {
        var index = Array.BinarySearch(cleanStarts, cleanOffset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        if (index < 0)
        {
            return Paragraphs.Count > 0 ? Paragraphs[0].Span.Start : 0;
        }

        var paragraph = Paragraphs[index].Span;
        return Math.Min(paragraph.Start + (cleanOffset - cleanStarts[index]), paragraph.End);
    }

    /// <summary>True when <paramref name="span"/> touches any debris.</summary>
    public bool TouchesDebris(TextSpan span) => Debris.Any(d => d.Span.Overlaps(span));

    /// <summary>Content paragraphs grouped into blocks of unbroken article text.</summary>
    public IEnumerable<IReadOnlyList<Paragraph>> Blocks => Paragraphs.GroupBy(p => p.Block).Select(g => (IReadOnlyList<Paragraph>)g.ToList());
}
