using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>A finding with its clearest pair (<paramref name="A"/>, <paramref name="B"/>) and its two sides.</summary>
public sealed record ContradictionView(int Id, string Fingerprint, string Actor, string Program, string Kind, double Strength, string Explanation, StatementView A, StatementView B, int? DaysApart)
{
    public FindingSideView Earlier { get; init; } = FindingSideView.Empty;

    public FindingSideView Later { get; init; } = FindingSideView.Empty;
}

/// <summary>
/// One side of a finding: its period (null when undated), the stance most of it takes, every
/// statement it holds (first said first) and from which outlets, and the first of them to show (all, when asked for).
/// </summary>
public sealed record FindingSideView(string? From, string? To, string Stance, IReadOnlyList<int> StatementIds, IReadOnlyList<string> Outlets, IReadOnlyList<StatementView> Statements)
{
    public static readonly FindingSideView Empty = new(null, null, "", [], [], []);

    /// <summary>How many statements the side holds (<see cref="Statements"/> may show fewer).</summary>
    public int Count => StatementIds.Count;

    /// <summary>"refusing · 2021-01-25 · 7 statements · Interfax, Sputnik": the side in one line, for exports and slides.</summary>
    public string Summary => $"{Stance} · {Period} · {Count} {(Count == 1 ? "statement" : "statements")} · {string.Join(", ", Outlets)}";

    /// <summary>"2021-01-25", "2020-12 to 2021-01", or "undated".</summary>
    public string Period => Core.Analysis.Corpus.FindingSide.PeriodText(From, To);
}

/// <summary>A contradiction of a list, before its statements are read.</summary>
public sealed record ContradictionRef(int Id, string Fingerprint);

public sealed record ClusterView(string Id, IReadOnlyList<string> Discrepancies, IReadOnlyList<StatementView> Members)
{
    /// <summary>
    /// The member's text as written, its words the other outlet's version lacks marked (compared with
    /// the first other document's version, all its statements of the cluster together).
    /// </summary>
    public IReadOnlyList<Core.Analysis.Corpus.DiffSegment> DifferencesOf(StatementView member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var other = Members.FirstOrDefault(m => m.DocumentId != member.DocumentId);
        if (other is null)
        {
            return [new(Core.Analysis.Corpus.DiffKind.Same, member.Text)];
        }

        var otherText = string.Join(" ", Members.Where(m => m.DocumentId == other.DocumentId).Select(m => m.Text));
        return Core.Analysis.Corpus.WordDiff.MarkUnshared(member.Text, otherText);
    }
}

/// <summary>A point of the stance-over-time chart: one stance of one statement.</summary>
public sealed record TimelinePoint(string Actor, string Program, DateOnly Date, int Score, string Label, int StatementId, int DocumentId, string Text);

/// <summary>
/// The chart's points, from the busiest actor–program pairs (outlets are not actors here); <paramref name="OmittedSeries"/> says how
/// many quieter pairs were left out, <paramref name="PairStances"/> how many dated stances the shown pairs have (more than
/// <paramref name="Points"/> when a share of them, spread over the dates, is drawn).
/// </summary>
public sealed record Timeline(IReadOnlyList<TimelinePoint> Points, int OmittedSeries, int PairStances)
{
    /// <summary>Dated stances of the shown pairs that are not drawn.</summary>
    public int NotDrawn => PairStances - Points.Count;

    /// <summary>The same points (each compared by value) and counts: a chart of either draws the same.</summary>
    public bool SameAs(Timeline other) =>
        other is not null && OmittedSeries == other.OmittedSeries && PairStances == other.PairStances && Points.SequenceEqual(other.Points);
}

public sealed record OverviewFigures(
    int Documents, int Statements, int Actors, int Programs, DateOnly? From, DateOnly? To, int Contradictions,
    string? MostContestedProgram, int MostContestedCount, StatementView? Newest, IReadOnlyList<OutletCount> Outlets);

/// <summary>Contradictions, utterance clusters and overview figures for a filter.</summary>
public sealed class CorpusQueries(IDbContextFactory<DashboardDbContext> contextFactory, Gazetteers.GazetteerSource gazetteers)
{
    /// <summary>The most contradictions a list holds: the strongest, for a filter.</summary>
    public const int MaxContradictions = 500;

    /// <summary>The statements a side shows before "show all statements".</summary>
    public const int SideStatementsShown = 3;

    public async Task<IReadOnlyList<ContradictionView>> ContradictionsAsync(DashboardFilter filter, string? kind, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contradictions = await Strongest(db, filter, kind).ToListAsync(cancellationToken);
        // The whole list is the export: each side's ids, outlets and clearest statement, not its first quotes.
        return await ContradictionViewsAsync(db, contradictions, null, cancellationToken, shownPerSide: 0);
    }

    /// <summary>The same list as <see cref="ContradictionsAsync"/> without the statements: for a view that shows a page of it.</summary>
    public async Task<IReadOnlyList<ContradictionRef>> ContradictionRefsAsync(DashboardFilter filter, string? kind, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Strongest(db, filter, kind).Select(c => new ContradictionRef(c.Id, c.Fingerprint)).ToListAsync(cancellationToken);
    }

    /// <summary>These findings with their pair and the first statements of each side (<paramref name="allOf"/>: every statement of that one), in the order given (those gone since are left out).</summary>
    public async Task<IReadOnlyList<ContradictionView>> ContradictionViewsAsync(IReadOnlyList<ContradictionRef> refs, int? allOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(refs);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ids = refs.Select(r => r.Id).ToList();
        var rows = (await db.Contradictions.AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.Id)).ToListAsync(cancellationToken)).ToDictionary(c => c.Id);
        return await ContradictionViewsAsync(db, ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList(), allOf, cancellationToken);
    }

    /// <summary>
    /// Findings with a statement that matches the filter (programs: the finding's own), strongest
    /// first. One side is enough: a change of position is found by the words, outlet or period of
    /// either of its sides.
    /// </summary>
    private static IQueryable<Contradiction> Strongest(DashboardDbContext db, DashboardFilter filter, string? kind)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = Matching(db, filter);
        if (filter.Programs.Count > 0)
        {
            query = query.Where(c => filter.Programs.Contains(c.Program));
        }

        if (!string.IsNullOrEmpty(kind))
        {
            query = query.Where(c => c.Kind == kind);
        }

        return query.OrderByDescending(c => c.Strength).ThenBy(c => c.Id).Take(MaxContradictions);
    }

    /// <summary>The contradictions with these fingerprints, by fingerprint; those the corpus no longer has are missing.</summary>
    public async Task<IReadOnlyDictionary<string, ContradictionView>> ContradictionsByFingerprintAsync(IReadOnlyCollection<string> fingerprints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fingerprints);
        if (fingerprints.Count == 0)
        {
            return new Dictionary<string, ContradictionView>();
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = (await db.Contradictions.AsNoTracking().Where(c => fingerprints.Contains(c.Fingerprint)).ToListAsync(cancellationToken))
            .GroupBy(c => c.Fingerprint).Select(g => g.MinBy(c => c.Id)!).ToList();
        return (await ContradictionViewsAsync(db, rows, null, cancellationToken)).ToDictionary(c => c.Fingerprint, StringComparer.Ordinal);
    }

    /// <summary>The findings with a statement the filter keeps; without a filter, all (the stored ones are the current corpus's).</summary>
    private static IQueryable<Contradiction> Matching(DashboardDbContext db, DashboardFilter filter)
    {
        if (filter.IsEmpty)
        {
            return db.Contradictions.AsNoTracking();
        }

        // From the matching statements to the findings that hold them (by the members' statement index): the
        // work follows what the filter matches, not every member of every finding.
        var holding = StatementQueries.Filtered(db, filter with { Programs = [] })
            .Join(db.FindingStatements, s => s.Id, m => m.StatementId, (_, m) => m.ContradictionId);
        return db.Contradictions.AsNoTracking().Where(c => holding.Contains(c.Id));
    }

    /// <param name="shownPerSide">The statements each side shows (read with their stances and articles); <paramref name="allOf"/>'s show all.</param>
    private static async Task<IReadOnlyList<ContradictionView>> ContradictionViewsAsync(DashboardDbContext db, IReadOnlyList<Contradiction> contradictions, int? allOf, CancellationToken cancellationToken, int shownPerSide = SideStatementsShown)
    {
        var findingIds = contradictions.Select(c => c.Id).ToList();
        var sides = db.FindingStatements.AsNoTracking().Where(m => EF.Parameter(findingIds).Contains(m.ContradictionId)); // up to 500 (decision 035)
        // Every statement of both sides as ids only, in the order they were said (undated last), sorted by the database:
        // the strongest 500 findings of a large corpus hold most of its statements.
        var members = (await sides.Join(db.Statements, m => m.StatementId, s => s.Id, (m, s) => new { m.ContradictionId, m.Later, m.StatementId, s.DateSort, s.DocumentId, s.Start })
                .OrderBy(x => x.ContradictionId).ThenBy(x => x.Later).ThenBy(x => x.DateSort == null).ThenBy(x => x.DateSort).ThenBy(x => x.DocumentId).ThenBy(x => x.Start)
                .Select(x => new { x.ContradictionId, x.Later, x.StatementId })
                .ToListAsync(cancellationToken))
            .ToLookup(m => (m.ContradictionId, m.Later), m => m.StatementId);
        var outlets = (await sides.Join(db.Statements, m => m.StatementId, s => s.Id, (m, s) => new { m.ContradictionId, m.Later, Source = s.Document!.Outlet ?? s.Document.FileName })
                .Distinct().ToListAsync(cancellationToken))
            .ToLookup(o => (o.ContradictionId, o.Later), o => o.Source);
        List<int> Shown(Contradiction c, bool later) => [.. members[(c.Id, later)].Take(c.Id == allOf ? int.MaxValue : shownPerSide)];
        List<string> Outlets(Contradiction c, bool later) => [.. outlets[(c.Id, later)].Order(StringComparer.Ordinal)];
        var ids = contradictions.SelectMany(c => new[] { c.StatementAId, c.StatementBId }.Concat(Shown(c, false)).Concat(Shown(c, true))).Distinct().ToList();
        var byId = await StatementQueries.ViewsAsync(db, ids, cancellationToken);
        return contradictions.Select(c =>
        {
            var a = byId[c.StatementAId];
            var b = byId[c.StatementBId];
            int? days = Core.Analysis.Text.PartialDate.TryParse(a.Date, out var da) && Core.Analysis.Text.PartialDate.TryParse(b.Date, out var db2)
                ? Math.Abs(db2.Earliest.DayNumber - da.Earliest.DayNumber)
                : null;
            return new ContradictionView(c.Id, c.Fingerprint, c.Actor, c.Program, c.Kind, c.Strength, c.Explanation, a, b, days)
            {
                Earlier = new FindingSideView(c.EarlierFrom, c.EarlierTo, c.EarlierStance, [.. members[(c.Id, false)]], Outlets(c, false), [.. Shown(c, false).Select(id => byId[id])]),
                Later = new FindingSideView(c.LaterFrom, c.LaterTo, c.LaterStance, [.. members[(c.Id, true)]], Outlets(c, true), [.. Shown(c, true).Select(id => byId[id])]),
            };
        }).ToList();
    }

    public async Task<IReadOnlyList<ClusterView>> ClustersAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var statements = StatementQueries.Filtered(db, filter);
        var clusters = await db.UtteranceClusters.AsNoTracking()
            .Where(c => c.Members.Any(m => statements.Any(s => s.Id == m.StatementId)))
            .Include(c => c.Members)
            .ToListAsync(cancellationToken);
        return await ClusterViewsAsync(db, clusters, cancellationToken);
    }

    /// <summary>The clusters with these ids, by id; those the corpus no longer has are missing.</summary>
    public async Task<IReadOnlyDictionary<string, ClusterView>> ClustersByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, ClusterView>();
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.UtteranceClusters.AsNoTracking().Where(c => ids.Contains(c.Id)).Include(c => c.Members).ToListAsync(cancellationToken);
        return (await ClusterViewsAsync(db, rows, cancellationToken)).ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<ClusterView>> ClusterViewsAsync(DashboardDbContext db, IReadOnlyList<UtteranceCluster> clusters, CancellationToken cancellationToken)
    {
        var ids = clusters.SelectMany(c => c.Members.Select(m => m.StatementId)).Distinct().ToList();
        var byId = await StatementQueries.ViewsAsync(db, ids, cancellationToken);
        return clusters
            .Select(c => new ClusterView(c.Id, System.Text.Json.JsonSerializer.Deserialize<List<string>>(c.DiscrepanciesJson) ?? [],
                c.Members.Select(m => byId[m.StatementId]).OrderBy(s => s.Date, StringComparer.Ordinal).ThenBy(s => s.Id).ToList()))
            .OrderByDescending(c => c.Members.Count).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The most points a timeline draws: beyond a few thousand, a browser takes seconds to receive and draw them.</summary>
    public const int MaxTimelinePoints = 2_000;

    /// <summary>
    /// Dated stances for the chart, the most discussed actor–program pairs first (at most <paramref name="series"/> of them).
    /// When those pairs have more than <paramref name="maxPoints"/> stances, each pair is drawn with its share of them, spread
    /// evenly over its dates (its first and last included): every point is still a statement with its quote.
    /// Browsers asking for the same timeline while the stored results keep their version share one reading; when a change
    /// leaves the timeline as it was (an outlet corrected, say), the new version's reading is the earlier instance.
    /// </summary>
    public async Task<Timeline> TimelineAsync(DashboardFilter filter, int series = 12, int maxPoints = MaxTimelinePoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        string? version;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            version = await Analysis.PartitionCache.SettledVersionAsync(db, cancellationToken);
        }

        var gazetteer = gazetteers.Current;
        if (version is null)
        {
            return await ReadTimelineAsync(filter, series, maxPoints, gazetteer, cancellationToken);
        }

        var key = string.Join('\u001e', Key(filter), series, maxPoints);
        return await timelines.GetAsync(key, (version, gazetteer), () => ReadTimelineAsync(filter, series, maxPoints, gazetteer, CancellationToken.None), cancellationToken);
    }

    private readonly SharedReadings<Timeline> timelines = new((earlier, fresh) => earlier.SameAs(fresh));

    /// <summary>The timeline read afresh, not shared: what the first browser to ask after a change waits for (bench queries).</summary>
    public Task<Timeline> ReadTimelineAsync(DashboardFilter filter, CancellationToken cancellationToken = default) =>
        ReadTimelineAsync(filter ?? throw new ArgumentNullException(nameof(filter)), 12, MaxTimelinePoints, gazetteers.Current, cancellationToken);

    /// <summary>A filter as one string: equal filters, equal keys.</summary>
    private static string Key(DashboardFilter filter) => string.Join('\u001e',
        string.Join('\u001f', filter.Actors.Order(StringComparer.Ordinal)), string.Join('\u001f', filter.Programs.Order(StringComparer.Ordinal)),
        string.Join('\u001f', filter.Outlets.Order(StringComparer.Ordinal)), filter.From, filter.To, filter.Text);

    private async Task<Timeline> ReadTimelineAsync(DashboardFilter filter, int series, int maxPoints, Dashboard.Core.Analysis.Entities.Gazetteer gazetteer, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var statements = StatementQueries.Filtered(db, filter).Where(s => s.Actor != null && s.DateSort != null);
        // Joined, not tested for each stance with EXISTS: SQLite then walks the actors' dated statements by their index
        // and each one's stances by theirs (0.25 s at 175,000 stances, where the EXISTS form took 0.3–0.55 s).
        var ofPrograms = db.StatementStances.AsNoTracking().Where(st => filter.Programs.Count == 0 || filter.Programs.Contains(st.Program));
        var stances = ofPrograms.Join(statements, st => st.StatementId, s => s.Id, (st, s) => new { st.Id, s.Actor, st.Program, s.DateSort, st.StatementId });
        // The pairs are counted by the database, or for the whole corpus stored with its totals; only the drawn points' quotes are read.
        var counts = filter.IsEmpty && await CorpusTotals.StoredAsync(db, cancellationToken) is { Pairs: { } stored }
            ? stored
            : await CorpusTotals.DatedStances(statements, ofPrograms).ToListAsync(cancellationToken);
        // Outlets that relay a position are not parties to it: their lines would crowd out the actors'.
        var pairs = counts.Where(c => !gazetteer.IsOutlet(c.Actor)).OrderByDescending(c => c.Stances).ThenBy(c => c.Actor, StringComparer.Ordinal).ThenBy(c => c.Program, StringComparer.Ordinal).ToList();
        var top = pairs.Take(series).ToList();
        var total = top.Sum(c => c.Stances);
        var keys = top.Select(c => c.Actor + PairSeparator + c.Program).ToList();
        var ofTop = stances.Where(st => keys.Contains(st.Actor + PairSeparator + st.Program));
        var drawn = db.StatementStances.AsNoTracking().Where(st => ofTop.Select(t => t.Id).Contains(st.Id));
        if (total > maxPoints)
        {
            var dated = await ofTop.ToListAsync(cancellationToken);
            var chosen = dated.GroupBy(d => (d.Actor, d.Program))
                .SelectMany(g => Spread(g.OrderBy(d => d.DateSort).ThenBy(d => d.StatementId).Select(d => d.Id).ToList(), Math.Max(2, (int)((long)maxPoints * g.Count() / total))))
                .ToList();
            drawn = db.StatementStances.AsNoTracking().Where(st => EF.Parameter(chosen).Contains(st.Id)); // up to 2,000 (decision 035)
        }

        var shown = await drawn
            .Select(st => new TimelinePoint(st.Statement!.Actor!, st.Program, st.Statement.DateSort!.Value, st.Score, st.Label, st.StatementId, st.Statement.DocumentId, st.Statement.Text))
            .ToListAsync(cancellationToken);
        return new Timeline([.. shown.OrderBy(p => p.Date).ThenBy(p => p.StatementId)], pairs.Count - top.Count, total);
    }

    /// <summary><paramref name="count"/> of <paramref name="ordered"/>, evenly spaced, the first and the last among them.</summary>
    private static IEnumerable<int> Spread(List<int> ordered, int count)
    {
        if (ordered.Count <= count)
        {
            return ordered;
        }

        return Enumerable.Range(0, count).Select(i => ordered[(int)Math.Round((double)i * (ordered.Count - 1) / (count - 1))]).Distinct();
    }

    /// <summary>Between an actor and a program in a pair's key: a control character no name holds.</summary>
    private const string PairSeparator = "\u001f";

    /// <summary>The overview for a filter; without one, its counts are those stored at the last corpus rebuild.</summary>
    public async Task<OverviewFigures> OverviewAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (filter.IsEmpty && await CorpusTotals.StoredAsync(db, cancellationToken) is { } stored)
        {
            return Overview(stored, await ReadingsAsync(db, filter, cancellationToken));
        }

        // A filter's counts, its outlets and its findings each read the matching statements: on connections of
        // their own at once, the overview waits for the longest instead of all (separate queries never shared a snapshot).
        var totals = CorpusTotals.ComputeAsync(contextFactory, filter, cancellationToken);
        var readings = ReadingsAsync(db, filter, cancellationToken);
        await Task.WhenAll(totals, readings);
        return Overview(await totals, await readings);
    }

    /// <summary>The overview with every count computed from the statements: what the stored counts must equal (tests), and the cold cost (bench queries).</summary>
    public async Task<OverviewFigures> ComputeOverviewAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var totals = await CorpusTotals.ComputeAsync(db, filter, cancellationToken);
        return Overview(totals, await ReadingsAsync(db, filter, cancellationToken));
    }

    private static OverviewFigures Overview(CorpusTotals totals, OverviewReadings readings) =>
        new(totals.Documents, totals.Statements, totals.Actors, totals.Programs, totals.From, totals.To, readings.OpenFindings,
            readings.MostContested, readings.MostContestedCount, readings.Newest, totals.Outlets);

    /// <summary>What the overview shows beside the totals: what changes without a rebuild (verdicts), and the newest statement.</summary>
    private sealed record OverviewReadings(int OpenFindings, string? MostContested, int MostContestedCount, StatementView? Newest);

    private static async Task<OverviewReadings> ReadingsAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var statements = StatementQueries.Filtered(db, filter);
        // The findings the contradictions page lists for the filter (programs: the finding's own).
        var contradictions = Matching(db, filter);
        if (filter.Programs.Count > 0)
        {
            contradictions = contradictions.Where(c => filter.Programs.Contains(c.Program));
        }

        // Per program, in one pass: how many findings, and how many are open (no one has confirmed or
        // dismissed them yet; verdicts are keyed by the finding's fingerprint).
        var byProgram = await contradictions.GroupBy(c => c.Program).Select(g => new
            {
                Program = g.Key,
                Count = g.Count(),
                Open = g.Count(c => !db.Annotations.Any(a => !a.Deleted && a.Kind == "verdict" && a.TargetType == "contradiction" && a.TargetKey == c.Fingerprint)),
            })
            .ToListAsync(cancellationToken);
        var contradictionCount = byProgram.Sum(p => p.Open);
        var contested = byProgram.OrderByDescending(g => g.Count).ThenBy(g => g.Program, StringComparer.Ordinal).FirstOrDefault();
        var newestId = await statements.OrderByDescending(s => s.DateSort).ThenByDescending(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        StatementView? newest = null;
        if (newestId is { } id)
        {
            newest = (await StatementQueries.ViewsAsync(db, [id], cancellationToken))[id];
        }

        return new OverviewReadings(contradictionCount, contested?.Program, contested?.Count ?? 0, newest);
    }
}
