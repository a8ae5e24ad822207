using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// Turns the words before (or after) a speech verb into a speaker: a known person (mapped to an
/// actor through the role held on the date), a person the article introduces with a title
/// ("Wu Yanhua, deputy director of CNSA"), a title alone ("the Roscosmos chief" → whoever headed
/// Roscosmos then), an organisation ("the corporation told Sputnik"), or, when the region names nobody, what it
/// refers back to (<see cref="SpeakerReferences"/>) or a source nobody names (<see cref="UnnamedSources"/>). Keeps the
/// running context of one document (<see cref="SpeakerContext"/>).
/// </summary>
internal sealed partial class SpeakerResolver(Gazetteer gazetteer, string raw, IReadOnlyList<Mention> mentions)
{
    private readonly SpeakerContext context = new();
    private readonly HashSet<int> mentionStarts = [.. mentions.Select(m => m.Start)];
    private readonly GovernmentMembers ministers = new(gazetteer, raw, mentions);
    private SpeakerReferences? references;

    private SpeakerReferences References => references ??= new(gazetteer, raw, mentions, context);

    public Speaker? Resolve(TextSpan region, DateOnly? date)
    {
        region = region.Trim(raw);
        if (region.Length == 0)
        {
            return null;
        }

        // "said Borissov, whom Putin had appointed": the relative clause describes the speaker; others
        // named in it speak only when the words before it name nobody ("said Ivan Petrov, who heads Roscosmos").
        var relative = RelativeAfterName().Match(raw, region.Start, region.Length);
        // "said the prime minister at a joint news conference in the White House": where it was said names no speaker.
        var venue = VenueAfterSpeaker().Match(raw, region.Start, region.Length);
        if (venue.Success && venue.Index > region.Start)
        {
            region = new TextSpan(region.Start, venue.Index).Trim(raw);
        }

        var speaker = (relative.Success && relative.Index < region.End ? Named(new TextSpan(region.Start, relative.Index), date) : null) ?? Named(region, date) ?? Unnamed(raw[region.Start..region.End], region);
        context.Remember(speaker);
        return speaker;
    }

    /// <summary>A speaker the region names: a person, a minister, a title's holder or an organisation.</summary>
    private Speaker? Named(TextSpan region, DateOnly? date)
    {
        var text = raw[region.Start..region.End];
        var inRegion = InRegion(region);
        return KnownPerson(inRegion, date)
            ?? Minister(text, region, inRegion)
            ?? IntroducedPerson(text, region.Start, inRegion)
            ?? ProgramOfficer(text, region.Start, inRegion)
            ?? ByTitle(text, region.Start, inRegion, date)
            ?? ByName(text, date)
            ?? Organisation(inRegion);
    }

    /// <summary>A speaker the region only refers to: a pronoun, an outlet, a title again, someone anonymous.</summary>
    private Speaker? Unnamed(string text, TextSpan region) =>
        References.Resolve(text, region.Start) ?? UnnamedSources.SpeakerOf(gazetteer, text, InRegion(region));

    private List<Mention> InRegion(TextSpan region) => mentions.Where(m => m.Start >= region.Start && m.End <= region.End).ToList();

    [GeneratedRegex(@",\s*(?:who|whom|whose)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex RelativeAfterName();

    /// <summary>An occasion after the speaker: "at a joint news conference in the White House", "during an interview with TASS".</summary>
    [GeneratedRegex(@"\s(?:in|at|during)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:meeting|conference|briefing|event|summit|ceremony|hearing|session|forum|interview|speech|address|statement|video|call|visit)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex VenueAfterSpeaker();

    /// <summary>The person the text introduced under <paramref name="name"/> (full name, surname or given name), if any.</summary>
    public Speaker? Introduced(string name) => context.Introduced.GetValueOrDefault(name);

    /// <summary>Forgets who spoke last (for a second pass over the text); names already introduced are kept.</summary>
    public void Rewind() => context.Rewind();

    /// <summary>
    /// Notes the outlets and people the text mentions, for "the piece said", "he said" and "Parker said",
    /// and people it introduces by title and organisation without quoting them yet ("… POLSA President
    /// Grzegorz Wrochna signed the Accords." makes a later "Wrochna said" his).
    /// </summary>
    public void Observe(TextSpan span)
    {
        // Who was named last decides "he said": gazetteer people, people introduced here, and later
        // mentions of introduced people by surname, in the order the text names them.
        var named = Introductions(span);
        foreach (var mention in mentions.Where(m => m.Start >= span.Start && m.End <= span.End))
        {
            if (mention.Kind == MentionKind.Actor && gazetteer.ActorsByName[mention.Name].Kind == ActorKind.Outlet)
            {
                context.LastOutlet = mention.Name;
            }
            else if (mention.Kind == MentionKind.Person)
            {
                var entry = gazetteer.PeopleByName[mention.Name];
                var person = Speaker.Person(entry, null);
                var names = entry.Name.Split(' ');
                context.Introduced.TryAdd(names[^1], person);
                context.Introduced.TryAdd(names[0], person); // family name first ("Wu Weiren" → "Wu said")
                named.Add((mention.Start, person));
            }
        }

        if (span.Length > 0)
        {
            for (var word = CapitalisedWord().Match(raw, span.Start, span.Length); word.Success; word = word.NextMatch())
            {
                if (context.Introduced.TryGetValue(word.Value, out var known) && !mentionStarts.Contains(word.Index) && !StartsAnotherName(raw, word, known))
                {
                    named.Add((word.Index, known));
                }
            }
        }

        if (named.Count > 0)
        {
            context.LastPerson = Subject(named);
        }

        if (span.Length > 0)
        {
            context.ObservedUpTo = span.End; // "they" may be the subject of what was just read (SpeakerReferences)
        }
    }

    /// <summary>
    /// Who "he" is after <paramref name="named"/>: of the people the last sentence names, the first
    /// that no preposition introduces, its likely subject ("Bridenstine thanked Trudeau …. “…,” he
    /// added" is Bridenstine's); the last named where every one is introduced by a preposition.
    /// </summary>
    private Speaker Subject(List<(int At, Speaker Speaker)> named)
    {
        var last = named.MaxBy(n => n.At);
        // Only the last few hundred characters are searched for the sentence's start: once per sentence over the whole text would be quadratic.
        var from = Math.Max(0, last.At - SentenceReach);
        var sentenceStart = SentenceEnd().Matches(raw[from..last.At]).LastOrDefault() is { } end ? from + end.Index + end.Length : from;
        var subject = named.Where(n => n.At >= sentenceStart && !Possessive().IsMatch(raw[n.At..Math.Min(raw.Length, n.At + 60)])
                && !PrepositionBefore().IsMatch(raw[Math.Max(sentenceStart, raw.LastIndexOf(',', Math.Max(0, n.At - 1), n.At - sentenceStart) + 1)..n.At]))
            .OrderBy(n => n.At).FirstOrDefault();
        return subject.Speaker ?? last.Speaker;
    }

    /// <summary>The organisation right before a title: "Polish Space Agency (POLSA) President", "Roscosmos' chief".</summary>
    private string? ActorBefore(int title)
    {
        var actor = mentions.LastOrDefault(m => m.Kind == MentionKind.Actor && m.End <= title && title - m.End <= 20);
        return actor is not null && IsOrganisation(actor) && OnlyAbbreviation().IsMatch(raw[actor.End..title]) ? actor.Name : null;
    }

    /// <summary>The organisation right after a title: "…, head of the Russian space agency Roscosmos".</summary>
    private string? ActorAfter(int titleEnd)
    {
        var actor = mentions.FirstOrDefault(m => m.Kind == MentionKind.Actor && m.Start >= titleEnd && m.Start - titleEnd <= 50);
        return actor is not null && IsOrganisation(actor) && OfPhrase().IsMatch(raw[titleEnd..actor.Start]) ? actor.Name : null;
    }

    /// <summary>
    /// The organisation named beside the title: in its of-phrase ("deputy head of the US space agency
    /// (NASA) Kenneth Bowersox") or before it ("Ann Smith, ESA's technical officer").
    /// </summary>
    private string? ActorOf(int offset, Match match)
    {
        var org = match.Groups["org"];
        if (!org.Success)
        {
            return null;
        }

        var actor = mentions.LastOrDefault(m => m.Kind == MentionKind.Actor && m.Start >= offset + org.Index && m.End <= offset + org.Index + org.Length);
        return actor is not null && IsOrganisation(actor) ? actor.Name : ProgramsLead(offset + org.Index, org.Length);
    }

    /// <summary>"The manager of the US lunar station office, Joe Bloggs": a person named by the program office he holds, no organisation named.</summary>
    private Speaker? ProgramOfficer(string text, int offset, List<Mention> inRegion)
    {
        var match = TitleThenName().Match(text);
        if (!match.Success || !match.Groups["org"].Success || inRegion.Any(m => m.Kind == MentionKind.Actor)
            || ProgramsLead(offset + match.Groups["org"].Index, match.Groups["org"].Length) is not { } actor)
        {
            return null;
        }

        var name = NameIn(match.Groups["name"]);
        var speaker = new Speaker(name, actor, IsPerson: true);
        Remember(name, speaker);
        return speaker;
    }

    /// <summary>
    /// "the manager of NASA's station program": the title of a program's office is its lead agency's, or that of the country the
    /// words name ("the chief of the station's Russian half").
    /// </summary>
    private string? ProgramsLead(int start, int length)
    {
        var program = mentions.FirstOrDefault(m => m.Kind == MentionKind.Program && m.Start >= start && m.End <= start + length);
        if (program is null || !gazetteer.ProgramsByName.TryGetValue(program.Name, out var entry))
        {
            return null;
        }

        var demonym = gazetteer.Demonyms.Pattern?.Match(raw, start, length);
        return demonym is { Success: true } ? gazetteer.AgencyOf(gazetteer.Demonyms.CountryOf(demonym.Value))?.Name : entry.Lead;
    }

    /// <summary>
    /// "The centre began building the airlock, said director general Salem Al Marri": a title after a
    /// closing "said" with no organisation of its own belongs to the organisation the sentence opens with.
    /// </summary>
    private string? SubjectBeforeSaid(int title)
    {
        var (sentenceStart, subject) = SentenceOpenings.Before(raw, mentions, title, ".\n");
        return SaidBeforeTitle().IsMatch(raw[sentenceStart..title]) && subject is { Kind: MentionKind.Actor } && IsOrganisation(subject) ? subject.Name : null;
    }

    private bool IsOrganisation(Mention actor) => gazetteer.ActorsByName[actor.Name].Kind != ActorKind.Outlet;

    /// <summary>"&lt;organisation&gt; President Ann Smith" and "Ann Smith, head of &lt;organisation&gt;" inside <paramref name="span"/>, remembered by name.</summary>
    private List<(int At, Speaker Speaker)> Introductions(TextSpan span)
    {
        var found = new List<(int At, Speaker Speaker)>();
        if (span.Length == 0)
        {
            return found;
        }

        var text = raw[span.Start..span.End];
        // "Rep. Kendra Horn (D-Okla.)", "chairwoman Kendra Horn, D-Okla.,": the party tag introduces the name before it,
        // first, as it says more than the title (matched in the raw text: offset 0).
        var candidates = mentions.Where(m => m.ByTag && span.Contains(new TextSpan(m.Start, m.End)))
            .Select(m => (Match: NameBeforeTag().Match(raw, span.Start, m.Start - span.Start), Offset: 0, Actor: (string?)m.Name))
            .Where(c => c.Match.Success)
            .Concat(TitleThenName().Matches(text).Select(m => (Match: m, Offset: span.Start, Actor: HeldBefore(span.Start + m.Index) ? null : ActorOf(span.Start, m) ?? ActorBefore(span.Start + m.Index) ?? MinisterOf(span.Start, span.Start, m) ?? SubjectBeforeSaid(span.Start + m.Index))))
            .Concat(NameThenTitle().Matches(text).Select(m => (Match: m, Offset: span.Start, Actor: ActorAfter(span.Start + m.Index + m.Length) ?? (AttributionPatterns.Former().IsMatch(m.Value) ? null : ActorOf(span.Start, m)) ?? MinisterOf(span.Start, span.Start + m.Groups["name"].Index + m.Groups["name"].Length, m))));
        foreach (var (match, offset, actor) in candidates)
        {
            var group = match.Groups["name"];
            // "the Honourable Jane Roe": the honorific is no part of her name (nor her first name a later "Roe" could be)
            var name = NameIn(group);
            var style = Honorific().Match(group.Value).Length;
            var at = offset + group.Index + style;
            if (InsideMention(at, group.Length - style) || context.Introduced.ContainsKey(name))
            {
                continue; // a name the gazetteer knows, or known already
            }

            if (actor is null && offset != 0 && HeldBefore(offset + match.Index))
            {
                // "former NASA Administrator Jane Roe": a person who speaks for nobody now, "Roe said" included.
                var former = new Speaker(name, null, IsPerson: true);
                Remember(name, former);
                found.Add((at, former));
                continue;
            }

            if (actor is null)
            {
                // "the chief designer of the station Vladimir Kozhevnikov": no organisation we know, but the
                // person named last, so a later "he said" is not an earlier known person's.
                found.Add((at, new Speaker(name, null, IsPerson: true)));
                continue;
            }

            var speaker = new Speaker(name, actor, IsPerson: true);
            Remember(name, speaker);
            context.Introduced.TryAdd(name.Split(' ')[0], speaker);
            found.Add((at, speaker));
        }

        return found;
    }

    /// <summary>A person introduced here, known from now on by full name and, unless someone else holds it, by surname.</summary>
    private void Remember(string name, Speaker speaker)
    {
        context.Introduced[name] = speaker;
        context.Introduced.TryAdd(name.Split(' ')[^1], speaker);
    }

    /// <summary>"former NASA Administrator Jane Roe": "former" before the organisation that opens the title at <paramref name="at"/>.</summary>
    private bool HeldBefore(int at)
    {
        var organisation = mentions.LastOrDefault(m => m.Kind == MentionKind.Actor && m.End <= at && at - m.End <= 2);
        var from = organisation?.Start ?? at;
        return AttributionPatterns.FormerBefore().IsMatch(raw.AsSpan(Math.Max(0, from - 12), Math.Min(from, 12)));
    }

    /// <summary>The actor of a minister introduced by <paramref name="match"/> (at <paramref name="offset"/> in the text), his country named after <paramref name="from"/>.</summary>
    private string? MinisterOf(int offset, int from, Match match)
    {
        var title = GovernmentMembers.Title(match.Value);
        return title.Success ? ministers.ActorFor(from, offset + match.Index + title.Index + title.Length) : null;
    }

    /// <summary>
    /// "Canadian Industry Minister Navdeep Bains", "Science Minister Amanda Solloway": a member of a
    /// government speaks for his country, unless an organisation is named beside him.
    /// </summary>
    private Speaker? Minister(string text, TextSpan region, List<Mention> inRegion)
    {
        var title = GovernmentMembers.Title(text);
        if (!title.Success || inRegion.Any(m => m.Kind == MentionKind.Actor && !m.ByCountry && IsOrganisation(m)))
        {
            return null;
        }

        var actor = ministers.ActorFor(region.Start, region.Start + title.Index + title.Length);
        if (actor is null)
        {
            return null;
        }

        var named = TitleThenName().Match(text) is { Success: true } m ? m : NameThenTitle().Match(text);
        var name = named.Success ? NameIn(named.Groups["name"]) : null;
        if (name is null)
        {
            // "the minister", "the French president": named by the title's last word, so "the president" later is the same person
            var held = title.Value.Trim().ToLowerInvariant();
            var word = title.Value.Contains("resident", StringComparison.Ordinal) ? "president" : held is "ambassador" or "envoy" or "diplomat" ? held : "minister";
            var titled = new Speaker($"{actor} {word}", actor, IsPerson: true);
            context.ByTitle[word] = titled;
            return titled;
        }

        var speaker = context.Introduced.TryGetValue(name, out var known) ? known : new Speaker(name, actor, IsPerson: true);
        Remember(name, speaker);
        return speaker;
    }

    private Speaker? KnownPerson(List<Mention> inRegion, DateOnly? date)
    {
        var person = inRegion.FirstOrDefault(m => m.Kind == MentionKind.Person);
        if (person is null)
        {
            return null;
        }

        var entry = gazetteer.PeopleByName[person.Name];
        return Speaker.Person(entry, date);
    }

    /// <summary>"Wu Yanhua, deputy director of CNSA" / "CNSA deputy director Wu Yanhua": remembered for later "Wu said".</summary>
    private Speaker? IntroducedPerson(string text, int offset, List<Mention> inRegion)
    {
        var actors = inRegion.Where(m => m.Kind == MentionKind.Actor).ToList();
        if (actors.Count == 0)
        {
            return null;
        }

        var match = NameThenTitle().Match(text);
        var titleFirst = !match.Success;
        if (titleFirst)
        {
            match = TitleThenName().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        // The organisation is the one the title names, not the first one of the clause ("After a hearing on
        // the race with China, acting NASA Administrator Sean Duffy said" is NASA's): before the title when
        // it comes first, after the name in an apposition.
        var nameAt = offset + match.Groups["name"].Index;
        var actor = titleFirst
            ? actors.LastOrDefault(m => m.End <= nameAt) ?? actors[0]
            : actors.FirstOrDefault(m => m.Start >= nameAt) ?? actors[^1];
        var name = NameIn(match.Groups["name"]);
        if (InsideMention(nameAt, name.Length, except: MentionKind.Person))
        {
            return null; // the "name" is an organisation, or words of one ("… Center for Space Studies")
        }

        var speaker = new Speaker(name, actor.Name, IsPerson: true);
        context.Introduced[name] = speaker;
        context.Introduced[name.Split(' ')[^1]] = speaker;
        context.Introduced[name.Split(' ')[0]] = speaker; // Chinese names: family name first ("Wu said")
        return speaker;
    }

    /// <summary>"the Roscosmos chief", "head of the state corporation", "A Roscosmos spokesperson".</summary>
    private Speaker? ByTitle(string text, int offset, List<Mention> inRegion, DateOnly? date)
    {
        var organisations = inRegion.Where(m => m.Kind == MentionKind.Actor && gazetteer.ActorsByName[m.Name].Kind != ActorKind.Outlet).ToList();
        if (organisations.Count == 0)
        {
            return null;
        }

        // The organisation that qualifies the title ("Russia has not signed, and a Kremlin official said" is the
        // Kremlin's), else the first one the clause names ("the head of Roscosmos's human spaceflight program").
        var titleAt = RoleWords.AnyTitle.Match(text) is { Success: true } t ? offset + t.Index : -1;
        var actor = organisations.LastOrDefault(m => m.End <= titleAt && QualifiesTitle().IsMatch(raw[m.End..titleAt])) ?? organisations[0];

        var title = FirstListedTitle(text);
        if (title is null)
        {
            return ServiceOf(text, actor.Name);
        }

        // "a former NASA official": someone who no longer speaks for the organisation.
        var former = AttributionPatterns.Former().Match(text);
        var titled = RoleWords.AnyTitle.Match(text);
        if (former.Success && titled.Success && former.Index < titled.Index && titled.Index - former.Index <= FormerReach)
        {
            return new Speaker($"former {actor.Name} {title.ToLowerInvariant()}", null, IsPerson: true);
        }

        // "NASA's exploration chief", "the agency's science head": the head of one field, not of the organisation.
        var field = FieldBeforeTitle().Match(text);
        if (RoleWords.IsHeadTitle(title) && !field.Success && (gazetteer.HeadOf(actor.Name, date) ?? MentionedHeadOf(actor.Name)) is { } head)
        {
            return new Speaker(head.Name, actor.Name, IsPerson: true);
        }

        var speaker = new Speaker($"{actor.Name} {(field.Success ? field.Value : title).ToLowerInvariant()}", actor.Name, IsPerson: true);
        context.ByTitle[title] = speaker;
        return speaker;
    }

    /// <summary>What may stand between an organisation and the title it qualifies: "Kremlin official", "NASA's exploration chief".</summary>
    [GeneratedRegex(@"^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex QualifiesTitle();

    /// <summary>A field of work right before a head's title: "exploration chief", "human spaceflight head", "science director".</summary>
    [GeneratedRegex(@"\b(?:exploration|science|sciences|research|programs?|programmes?|projects?|missions?|station|operations|safety|engineering|technology|spaceflight|flight|launch|policy|communications|finance|procurement|strategy)\s+(?:chief|head|boss|director|leader|administrator)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex FieldBeforeTitle();

    /// <summary>How far before its title "former" may stand ("a former senior NASA official").</summary>
    private const int FormerReach = 40;

    /// <summary>The title in <paramref name="text"/> that comes first in <see cref="RoleWords.AllTitles"/> (longest titles are listed first).</summary>
    private static string? FirstListedTitle(string text)
    {
        var found = RoleWords.AnyTitle.Matches(text).Select(m => m.Value).ToList();
        return RoleWords.AllTitles.FirstOrDefault(t => found.Any(f => string.Equals(f, t, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Without a date: the head of <paramref name="actor"/> whom the article names elsewhere; nobody when it names two (a successor).</summary>
    private PersonEntry? MentionedHeadOf(string actor) =>
        mentions.Where(m => m.Kind == MentionKind.Person)
            .Select(m => gazetteer.PeopleByName[m.Name])
            .Distinct()
            .Where(p => p.Roles.Any(r => r.IsHead && string.Equals(r.Actor, actor, StringComparison.OrdinalIgnoreCase)))
            .Take(2)
            .ToList() is [var only] ? only : null;

    private static Speaker? ServiceOf(string text, string actor)
    {
        var service = PressService().Match(text);
        return service.Success ? new Speaker($"{actor} {service.Value.ToLowerInvariant()}", actor, IsPerson: false) : null;
    }

    /// <summary>A surname introduced earlier ("Wu said"), or a misspelt known name ("Bridenstein").</summary>
    private Speaker? ByName(string text, DateOnly? date)
    {
        foreach (Match word in CapitalisedWord().Matches(text))
        {
            if (context.Introduced.TryGetValue(word.Value, out var known) && !StartsAnotherName(text, word, known))
            {
                return known;
            }

            if (word.Value.Length < 7)
            {
                continue;
            }

            var close = gazetteer.People.FirstOrDefault(p => p.Aliases.Any(a => IsMisspelling(a, word.Value)));
            if (close is not null)
            {
                return Speaker.Person(close, date);
            }
        }

        return null;
    }

    /// <summary>
    /// "Vladimir Kozhevnikov" once "Vladimir Putin" is known: a known person's first name (kept for
    /// "Wu said" after "Wu Weiren") opening another full name is someone else.
    /// </summary>
    private bool StartsAnotherName(string text, Match word, Speaker known)
    {
        var next = CapitalisedWord().Match(text, word.Index + word.Length);
        if (!next.Success || !text.AsSpan(word.Index + word.Length, next.Index - word.Index - word.Length).IsWhiteSpace())
        {
            return false;
        }

        var fullName = $"{word.Value} {next.Value}";
        return fullName != known.Name && !context.Introduced.ContainsKey(fullName) && !known.Name.EndsWith(" " + word.Value, StringComparison.Ordinal);
    }

    /// <summary>A surname misspelt by a letter or two ("Bridenstein"): same start, long enough to be safe.</summary>
    private static bool IsMisspelling(string alias, string word)
    {
        if (alias.Contains(' ', StringComparison.Ordinal) || alias.Length < 7 || !alias.AsSpan(0, 3).Equals(word.AsSpan(0, 3), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var allowed = alias.Length >= 9 ? 2 : 1;
        return Levenshtein.Distance(alias, word, allowed) <= allowed;
    }

    private Speaker? Organisation(List<Mention> inRegion)
    {
        // "PARIS (Reuters) - The European Space Agency said": the agency speaks, the outlet reports.
        // A country ("Taking action against Russia, the European Space Agency said …") only when nothing else is named.
        var actor = inRegion.Where(m => m.Kind == MentionKind.Actor).OrderBy(m => gazetteer.ActorsByName[m.Name].Kind == ActorKind.Outlet ? 1 : 0).ThenBy(m => m.ByCountry ? 1 : 0).FirstOrDefault();
        return actor is null ? null : new Speaker(actor.Name, actor.Name, IsPerson: false);
    }

    /// <summary>Whether a gazetteer mention (of any kind but <paramref name="except"/>) spans the <paramref name="length"/> characters at <paramref name="at"/>.</summary>
    private bool InsideMention(int at, int length, MentionKind? except = null) =>
        mentions.Any(m => m.Kind != except && m.Start <= at && m.End >= at + length);

    /// <summary>The name right before a party tag, past the titles the press puts before it: "Chairwoman Kendra Horn (", "Sen. Jerry Moran, ".</summary>
    [GeneratedRegex(@"(?:(?:Senator|Sen|Representative|Rep|Congressman|Congresswoman|Chairman|Chairwoman|Chair|Subcommittee|Committee|Ranking|Member|Majority|Minority|Leader|Speaker|Democrat|Democratic|Republican|Independent)\.?\s+)*(?<name>\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}[\p{Ll}'’\-]+){1,2})\s*[(,]\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex NameBeforeTag();

    /// <summary>"Jane Roe, head of the Acme agency", or said as a fact ("Sue Horne is head of space exploration for the UK Space Agency").</summary>
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}[\p{Ll}'’\-]+){1,2})(?:\s*,\s*|\s+(?:is|was)\s+)(?:the\s+|a\s+|an\s+)?(?:(?<org>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})(?:['’]s)?\s+)?(?:[\p{Ll}\-]+\s+){0,3}?(?i:deputy\s+|vice\s+|acting\s+|chief\s+)?(?i:head|chief|director(?:\s+general)?|administrator|president|chairman|chairwoman|spokesperson|spokesman|spokeswoman|official|officer|minister|designer|engineer|scientist|manager|representative)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex NameThenTitle();

    [GeneratedRegex(@"\b(?i:deputy\s+|vice\s+|acting\s+|chief\s+)?(?i:head|chief|director(?:\s+general)?|administrator|president|chairman|chairwoman|spokesperson|spokesman|spokeswoman|official|officer|minister|designer|engineer|scientist|manager|representative)\s*,?\s+(?:(?i:of|at|in|for)\s+(?<org>(?:the\s+)?(?:[\p{L}()'’.&-]+\s+){0,7}[\p{L}()'’.&-]+,?\s+))?(?<name>\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}[\p{Ll}'’\-]+){1,2})\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TitleThenName();

    /// <summary>A clause closed by "said" right before a title: "…, said ", "…, said mission ".</summary>
    [GeneratedRegex(@",\s*(?:said|says|added|noted|told\s+\w+)\s+(?:[\p{Ll}-]+\s+){0,2}$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SaidBeforeTitle();

    /// <summary>Between an organisation and a title: nothing, a possessive or an abbreviation in brackets.</summary>
    [GeneratedRegex(@"^(?:['’]s?)?\)?\s*(?:\(\p{Lu}{2,10}\)\s*)?$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OnlyAbbreviation();

    /// <summary>
    /// Between a title and its organisation: "of the Russian space agency", "at"; in a list of commas, the unit
    /// between ("Ravi Kumar, director, Space Applications Centre, ISRO").
    /// </summary>
    [GeneratedRegex(@"^\s+(?:of|at|for)\s+(?:the\s+|Russia['’]s\s+|China['’]s\s+)?[\p{L}\s'’\-]{0,40}$|^\s*,\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,4}\s*,\s+)?$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OfPhrase();

    [GeneratedRegex(@"\bpress\s+(?:service|office|secretary)\b|\bspokes(?:person|man|woman)\b|\bofficials?\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PressService();

    [GeneratedRegex(@"\b\p{Lu}[\p{Ll}'’\-]+\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex CapitalisedWord();

    /// <summary>Where a sentence ends: a full stop, mark or line break before the next one starts.</summary>
    [GeneratedRegex(@"[.!?][""”’']?\s+|\n", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SentenceEnd();

    /// <summary>How far back the start of a sentence is looked for: a text without full stops stays linear.</summary>
    private const int SentenceReach = 400;

    /// <summary>A name with "'s": "Rogozin's threat" names an owner, not a subject.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}['’]s\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Possessive();

    /// <summary>A preposition or a verb taking an object before a name (and its title words): "thanked ", "a call with NASA Administrator ".</summary>
    [GeneratedRegex(@"\b(?:by|with|to|from|than|about|told|thanked|asked|met|called|congratulated)\s+(?:\p{Lu}\w*\s+){0,3}$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PrepositionBefore();

    /// <summary>The person's name a pattern's name group holds, without a style before it ("the Honourable Jane Roe" is Jane Roe).</summary>
    private static string NameIn(Group name) => name.Value[Honorific().Match(name.Value).Length..].Trim();

    /// <summary>A style before a name: "Honourable ", "the Hon. ", "Right Honourable ", "His Excellency ".</summary>
    [GeneratedRegex(@"^\s*(?:the\s+)?(?:(?:Right\s+|Rt\.?\s+)?(?:Honou?rable|Hon\.)|(?:His|Her)\s+Excellency)\s+", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Honorific();
}
