using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Stance;

/// <summary>Words that decided (or shaped) a stance: where they are and what they mean.</summary>
public sealed record Cue(TextSpan Span, string Text, int Score, string Kind);

/// <summary>The stance of one statement toward one program, with its evidence.</summary>
public sealed record ProgramStance(string Program, StanceLabel Label, bool Conditional, double Confidence, IReadOnlyList<Cue> Cues)
{
    public int Score => (int)Label;
}
