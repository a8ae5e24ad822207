namespace Dashboard.Core.Analysis.Entities;

public enum ActorKind
{
    Agency,
    Government,
    Outlet,
    Other,
}

/// <summary>An agency, government or outlet, with the names the press uses for it.</summary>
public sealed record ActorEntry(string Name, ActorKind Kind, string? Country, IReadOnlyList<string> Aliases)
{
    /// <summary>Web domains of its own site ("nasa.gov"): an article from there is the actor's own release.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>
    /// The country names that stand for this agency when a country takes a position on a program
    /// ("Russia will stay out of the Gateway"): matched like aliases, but weaker evidence of who speaks.
    /// </summary>
    public IReadOnlyList<string> CountryNames { get; init; } = [];

    /// <summary>
    /// The adjectives of this actor's country ("Canadian", "U.S."): they place a minister ("Canadian
    /// Industry Minister …") in a country, whose government (<see cref="Gazetteer.GovernmentOf"/>) he speaks for.
    /// </summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];
}

/// <summary>What a program is, for descriptions that stand for it ("the station", "the agreement").</summary>
public enum ProgramKind
{
    Program,
    Station,
    Agreement,
    Mission,
    Spacecraft,
}

/// <summary>A dated role: <see cref="Title"/> at <see cref="Actor"/> from <see cref="From"/> to <see cref="To"/> (open-ended when null).</summary>
public sealed record RoleEntry(string Actor, string Title, DateOnly From, DateOnly? To)
{
    public bool IsHead => RoleWords.IsHeadTitle(Title);

    public bool Covers(DateOnly date) => date >= From && (To is null || date <= To.Value);
}

/// <summary>A person, mapped to actors through dated roles.</summary>
public sealed record PersonEntry(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<RoleEntry> Roles)
{
    /// <summary>The role in force on <paramref name="date"/>; without a date, the only role or the latest.</summary>
    public RoleEntry? RoleOn(DateOnly? date)
    {
        if (Roles.Count == 0)
        {
            return null;
        }

        if (date is { } d)
        {
            var covering = Roles.Where(r => r.Covers(d)).OrderByDescending(r => r.From).FirstOrDefault();
            if (covering is not null)
            {
                return covering;
            }

            // Outside every role: the nearest one (a former chief speaking about his time).
            return Roles.OrderBy(r => Math.Min(Math.Abs(r.From.DayNumber - d.DayNumber), Math.Abs((r.To ?? r.From).DayNumber - d.DayNumber))).First();
        }

        return Roles.OrderByDescending(r => r.From).First();
    }
}

/// <summary>A space program and its aliases; <see cref="Since"/> is when it was announced.</summary>
public sealed record ProgramEntry(string Name, string? Lead, DateOnly? Since, IReadOnlyList<string> Aliases)
{
    public ProgramKind Kind { get; init; } = ProgramKind.Program;

    /// <summary>Components and contributions that stand for the program ("Canadarm3" for the Gateway); matched like aliases.</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];

    /// <summary>Agencies that run the program with its lead (ISRO with JAXA on LUPEX): a joint mission of both names it.</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];
}

/// <summary>The reference lists the analysis resolves names against. Immutable once loaded.</summary>
public sealed class Gazetteer
{
    public Gazetteer(IReadOnlyList<ActorEntry> actors, IReadOnlyList<PersonEntry> people, IReadOnlyList<ProgramEntry> programs)
    {
        Actors = actors;
        People = people;
        Programs = programs;
        ActorsByName = actors.ToDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);
        ProgramsByName = programs.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        PeopleByName = people.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        Matcher = new EntityMatcher(this);
    }

    public IReadOnlyList<ActorEntry> Actors { get; }

    public IReadOnlyList<PersonEntry> People { get; }

    public IReadOnlyList<ProgramEntry> Programs { get; }

    public IReadOnlyDictionary<string, ActorEntry> ActorsByName { get; }

    /// <summary>The name is a news outlet of this gazetteer (a speaker only when it reports, never a party to a position).</summary>
    public bool IsOutlet(string name) => ActorsByName.TryGetValue(name, out var entry) && entry.Kind == ActorKind.Outlet;

    public IReadOnlyDictionary<string, ProgramEntry> ProgramsByName { get; }

    public IReadOnlyDictionary<string, PersonEntry> PeopleByName { get; }

    public EntityMatcher Matcher { get; }

    /// <summary>Country adjectives ("Canadian") to their country, with one pattern finding any of them; built once.</summary>
    public DemonymIndex Demonyms => demonyms ??= new DemonymIndex(Actors);

    private DemonymIndex? demonyms;

    /// <summary>Every word a country goes by (its name, the names and adjectives of its actors) with that country; built once.</summary>
    public IReadOnlyList<(string Name, string Country)> CountryWords => countryWords ??= Actors.Where(a => a.Country is not null)
        .SelectMany(a => a.CountryNames.Concat(a.Demonyms).Append(a.Country!).Select(n => (Name: n, Country: a.Country!)))
        .ToList();

    private List<(string Name, string Country)>? countryWords;

    /// <summary>
    /// Whether <paramref name="speaker"/> speaks for <paramref name="subject"/>: the subject is the speaker's country named as such
    /// ("Russia will …", from Roscosmos), or its government when the speaker is that country's agency.
    /// </summary>
    public bool SpeaksFor(string? speaker, string? subject, bool subjectByCountry)
    {
        if (speaker is null || subject is null || !ActorsByName.TryGetValue(speaker, out var own) || !ActorsByName.TryGetValue(subject, out var other)
            || !string.Equals(own.Country, other.Country, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return subjectByCountry || (other.Kind == ActorKind.Government && own.Kind == ActorKind.Agency);
    }

    /// <summary>
    /// Who speaks for <paramref name="country"/>'s government on space: its government when the
    /// gazetteer lists one, else the agency its country names stand for.
    /// </summary>
    public ActorEntry? GovernmentOf(string country) =>
        Actors.FirstOrDefault(a => a.Kind == ActorKind.Government && string.Equals(a.Country, country, StringComparison.OrdinalIgnoreCase))
        ?? (AgencyOf(country) is { CountryNames.Count: > 0 } agency ? agency : null);

    /// <summary>
    /// The space agency of <paramref name="country"/> ("the Italian space agency", "the US and Russian space agencies"):
    /// the one the country's name stands for when it has one (CNSA before CMSA), else its only or first agency (NASA).
    /// </summary>
    public ActorEntry? AgencyOf(string? country) =>
        Actors.Where(a => a.Kind == ActorKind.Agency && string.Equals(a.Country, country, StringComparison.OrdinalIgnoreCase))
            .OrderBy(a => a.CountryNames.Count > 0 ? 0 : 1)
            .FirstOrDefault();

    /// <summary>The person who heads <paramref name="actor"/> on <paramref name="date"/> (or, without a date, the only or latest head).</summary>
    public PersonEntry? HeadOf(string actor, DateOnly? date)
    {
        var heads = People
            .SelectMany(p => p.Roles.Where(r => r.IsHead && string.Equals(r.Actor, actor, StringComparison.OrdinalIgnoreCase)).Select(r => (Person: p, Role: r)))
            .ToList();
        if (date is { } d)
        {
            return heads.Where(h => h.Role.Covers(d)).Select(h => h.Person).FirstOrDefault();
        }

        return heads.Count == 1 ? heads[0].Person : null;
    }
}

/// <summary>The country each demonym of the gazetteer names, and a pattern that finds them.</summary>
public sealed class DemonymIndex
{
    private readonly Dictionary<string, string> countries;

    public DemonymIndex(IEnumerable<ActorEntry> actors)
    {
        countries = actors.Where(a => a.Country is not null)
            .SelectMany(a => a.Demonyms.Select(d => (Demonym: d, Country: a.Country!)))
            .DistinctBy(d => d.Demonym)
            .ToDictionary(d => d.Demonym, d => d.Country, StringComparer.Ordinal);
        Pattern = countries.Count == 0 ? null
            : Text.Patterns.Create(@"\b(?:" + string.Join('|', countries.Keys.OrderByDescending(k => k.Length).Select(System.Text.RegularExpressions.Regex.Escape)) + @")(?:\s|$)");
    }

    /// <summary>Any demonym followed by a space or the end: matches include that space.</summary>
    public System.Text.RegularExpressions.Regex? Pattern { get; }

    /// <summary>The country of a <see cref="Pattern"/> match.</summary>
    public string CountryOf(string match) => countries[match.TrimEnd()];

    /// <summary>The country a word names as its adjective ("Russian"), or null.</summary>
    public string? CountryOfWord(string word) => countries.GetValueOrDefault(word);
}
