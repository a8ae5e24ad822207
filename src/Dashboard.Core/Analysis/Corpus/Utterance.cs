using Dashboard.Core.Analysis.Statements;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Corpus;

/// <summary>
/// One utterance as a document reports it (<see cref="UtteranceClusterer"/>), as folded stems: the
/// whole, and each sentence (a report may join two utterances that another gives apart). The
/// programs it is about count as words of their own, so "the ISS" and "the International Space
/// Station" agree.
/// </summary>
public sealed class Utterance
{
    private HashSet<string>? names;
    private List<List<string>>? sentences;

    /// <param name="members">The statements that report it, in document order: one, or the parts of a split quotation.</param>
    public Utterance(IReadOnlyList<StatementRef> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        Members = members;
        Programs = members.SelectMany(m => m.Statement.Stances).Select(p => p.Program).ToHashSet(StringComparer.Ordinal);
        Sequence = UtteranceClusterer.Distinct(members.SelectMany(m => Words.Stems(m.Statement.Text)).Concat(Programs.Select(UtteranceClusterer.ProgramWord)));
        WordSet = [.. Sequence];
        Positions = [.. members.SelectMany(m => m.Statement.Stances).Where(p => p.Score != 0).Select(p => (p.Program, Math.Sign(p.Score)))];
        Person = members[0].Statement is { Speaker: { } speaker, Actor: var actor } && speaker != actor && IsPersonName(speaker) ? speaker : null;
        Facts = new UtteranceFacts(Date?.Earliest.DayNumber, members.All(m => m.Statement.Kind == StatementKind.Act), members.Any(m => m.Statement.Direct));
    }

    public IReadOnlyList<StatementRef> Members { get; }

    /// <summary>What joining it to others depends on once its pairs are judged (<see cref="UtteranceJoins"/>).</summary>
    public UtteranceFacts Facts { get; }

    internal AnalyzedDocument Document => Members[0].Document;

    internal string DocumentId => Members[0].Document.Id;

    /// <summary>Names inside sentences ("Switzerland", "Earth"), lower-cased (<see cref="NamesGuard"/>), found on first use.</summary>
    internal IReadOnlyCollection<string> Names => names ??= [.. Members.SelectMany(m => NamesGuard.InnerNames(m.Statement.Text))];

    internal List<string> Sequence { get; }

    /// <summary>The programs its statements take a stance on.</summary>
    public IReadOnlySet<string> Programs { get; }

    internal HashSet<string> WordSet { get; }

    /// <summary>Each sentence's stems, made on first use: only a pair whose wholes differ compares sentences.</summary>
    internal List<List<string>> Sentences => sentences ??= [.. Members
        .SelectMany(m => SentenceSplitter.Split(m.Statement.Text, new TextSpan(0, m.Statement.Text.Length)).Select(span => UtteranceClusterer.Distinct(Words.Stems(m.Statement.Text[span.Start..span.End]))))
        .Where(sentence => sentence.Count >= UtteranceClusterer.MinimumWords)];

    internal PartialDate? Date => Members[0].Statement.Date;

    /// <summary>The (program, sign) pairs the utterance takes a side on.</summary>
    internal HashSet<(string Program, int Sign)> Positions { get; }

    /// <summary>The person quoted, when the report names one (not the organisation, not a role).</summary>
    internal string? Person { get; }

    internal bool IsAct => Facts.IsAct;

    /// <summary>
    /// An act, or an organisation's own account of one in reported words ("the agency said it had awarded a contract for …"):
    /// either way an event that another outlet may tell as an act. A person's words stay words.
    /// </summary>
    internal bool ReportsAnEvent => Members.All(m => m.Statement.Kind == StatementKind.Act
        || (m.Statement is { Kind: StatementKind.Said, Direct: false, Speaker: { } speaker, Actor: { } actor } && speaker == actor));

    /// <summary>Two to four capitalised words ("Bill Nelson"), unlike a role ("the Kremlin spokesman").</summary>
    private static bool IsPersonName(string speaker)
    {
        var parts = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is >= 2 and <= 4 && parts.All(p => char.IsUpper(p[0]));
    }
}
