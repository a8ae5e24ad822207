using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Corpus;

public enum ContradictionKind
{
    /// <summary>One run of stances followed by an opposite one.</summary>
    Reversal,

    /// <summary>A conditional stance beside an opposite one ("could consider … if").</summary>
    Hedge,

    /// <summary>Opposite stances within one short period.</summary>
    Conflict,
}

/// <summary>One side of a finding: every statement of it, the period they were said in, and the stance of its clearest one.</summary>
public sealed record FindingSide(PartialDate? From, PartialDate? To, StanceLabel Stance, IReadOnlyList<StatementRef> Statements)
{
    /// <summary>"2021-01-25", "2020-12 to 2021-01", or "undated": a side's period as every view words it.</summary>
    public static string PeriodText(string? from, string? to) => from is null ? "undated" : to is null || from == to ? from : $"{from} to {to}";

    /// <summary>The outlets reporting this side, each once: how independently it is supported.</summary>
    public IReadOnlyList<string> Sources => [.. Statements.Select(s => s.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

/// <summary>
/// A finding: one change or contradiction of an actor's position on a program, with both sides
/// (<see cref="Earlier"/>, <see cref="Later"/>) and the clearest pair of them (<see cref="A"/> from
/// the earlier side, <see cref="B"/> from the later), its strength and a sentence explaining it.
/// </summary>
public sealed record Contradiction(string Actor, string Program, ContradictionKind Kind, StatementRef A, ProgramStance StanceA, StatementRef B, ProgramStance StanceB, double Strength, string Explanation)
{
    public required FindingSide Earlier { get; init; }

    public required FindingSide Later { get; init; }

    /// <summary>
    /// Stable while the finding gains or loses statements: the actor, program and kind with the
    /// first-said statement of each side (which a later import rarely changes; when it does, the
    /// store re-keys by overlap).
    /// </summary>
    public string Id => $"{Kind.ToString().ToLowerInvariant()}:{Earlier.Statements[0].Id}~{Later.Statements[0].Id}";

    /// <summary>Every statement of the finding, earlier side first.</summary>
    public IEnumerable<StatementRef> Statements => Earlier.Statements.Concat(Later.Statements);
}
