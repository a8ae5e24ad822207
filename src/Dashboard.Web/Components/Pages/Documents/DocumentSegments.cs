using Dashboard.Core.Analysis.Cleaning;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Components.Pages.Documents;

/// <summary>A run of the raw text: plain article text, a statement, or page debris.</summary>
public sealed record DocumentSegment(int Start, string Text, StatementView? Statement, string? DebrisReason);

/// <summary>Cuts an article's raw text at its statements and debris, so the reader can mark them while showing every character as text.</summary>
public static class DocumentSegments
{
    public static IReadOnlyList<DocumentSegment> Build(string raw, IReadOnlyList<StatementView> statements)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(statements);
        var marks = new List<(int Start, int End, StatementView? Statement, string? Debris)>();
        var covered = -1;
        foreach (var statement in statements.Where(s => s.Start >= 0 && s.End <= raw.Length && s.Start < s.End).OrderBy(s => s.Start))
        {
            if (statement.Start >= covered)
            {
                marks.Add((statement.Start, statement.End, statement, null));
                covered = statement.End;
            }
        }

        foreach (var debris in ArticleCleaner.Clean(raw).Debris)
        {
            if (!marks.Any(m => m.Start < debris.Span.End && debris.Span.Start < m.End))
            {
                marks.Add((debris.Span.Start, debris.Span.End, null, debris.Reason));
            }
        }

        var segments = new List<DocumentSegment>();
        var position = 0;
        foreach (var mark in marks.OrderBy(m => m.Start))
        {
            if (mark.Start > position)
            {
                segments.Add(new DocumentSegment(position, raw[position..mark.Start], null, null));
            }

            segments.Add(new DocumentSegment(mark.Start, raw[mark.Start..mark.End], mark.Statement, mark.Debris));
            position = mark.End;
        }

        if (position < raw.Length)
        {
            segments.Add(new DocumentSegment(position, raw[position..], null, null));
        }

        return segments;
    }
}
