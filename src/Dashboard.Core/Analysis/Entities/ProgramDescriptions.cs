using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Entities;

/// <summary>
/// Programs named by description rather than by name: "the station", "this project", "the accords",
/// "participation in it". Each description stands for the last program of a compatible kind the
/// text named before it (not further back than a few paragraphs), and becomes a mention of it.
/// Indefinite descriptions ("a second space station") name nothing already known and are left alone.
/// </summary>
public static partial class ProgramDescriptions
{
    /// <summary>How far back a description may reach for its program.</summary>
    private const int Reach = 1500;

    /// <summary>How far before a description an actor counts as its owner ("India's partner on this mission").</summary>
    private const int OwnerReach = 60;

    private static string? LeadCountry(Gazetteer gazetteer, string program) =>
        gazetteer.ProgramsByName[program].Lead is { } lead && gazetteer.ActorsByName.TryGetValue(lead, out var leader) ? leader.Country : null;

    /// <summary>The mentions with one added for each description that resolves, in text order.</summary>
    public static IReadOnlyList<Mention> Resolve(string text, IReadOnlyList<Mention> mentions, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var added = Owned(text, mentions, gazetteer);
        var programs = mentions.Where(m => m.Kind == MentionKind.Program).ToList();
        if (programs.Count == 0)
        {
            return AddedMentions.Merge(mentions, added);
        }

        foreach (Match match in Description().Matches(text))
        {
            var noun = match.Groups["noun"];
            var demonym = match.Groups["demonym"];
            if (mentions.Any(m => m.Start < match.Index + match.Length && m.End > match.Index
                && !(m.ByCountry && demonym.Success && m.Start >= demonym.Index && m.End <= demonym.Index + demonym.Length)))
            {
                continue; // part of a name ("the Gateway station"); a country's adjective is not
            }

            // "its space program", "the national space programme": all a country does in space, not one program of it.
            if (WholeSpaceProgram().IsMatch(match.Value))
            {
                continue;
            }

            // "the lunar exploration project": exploration is a program's or a mission's, not a station's.
            var kinds = match.Value.Contains("exploration", StringComparison.OrdinalIgnoreCase)
                ? KindsOf(noun.Value).Where(k => k != ProgramKind.Station).ToArray() : KindsOf(noun.Value);
            var candidates = programs.Where(p => p.End <= match.Index && match.Index - p.End <= Reach && kinds.Contains(gazetteer.ProgramsByName[p.Name].Kind)
                && !ComparedTo().IsMatch(text[Math.Max(0, p.Start - 30)..p.Start]) && !SeriesAfter().IsMatch(text[p.End..Math.Min(text.Length, p.End + 12)])).ToList();
            // "that space station in orbit around the Moon": a lunar description is about a lunar program.
            var end = match.Index + match.Length;
            if (IsLunarText(text[match.Index..Math.Min(text.Length, end + 30)]) && candidates.Any(p => IsLunar(gazetteer.ProgramsByName[p.Name])))
            {
                candidates = candidates.Where(p => IsLunar(gazetteer.ProgramsByName[p.Name])).ToList();
            }

            // "the Russian-European mission": a program one of those countries leads, or none.
            if (demonym.Success)
            {
                var named = demonym.Value.Trim().Split('-').Select(gazetteer.Demonyms.CountryOfWord).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
                candidates = named.Count == 0 ? [] : candidates.Where(p => LeadCountry(gazetteer, p.Name) is { } lead && named.Contains(lead)).ToList();
            }

            // "glad to be India's partner on this mission" after Chandrayaan-3 and Luna-25: the program of the actor named beside it.
            var owners = mentions.Where(m => m.Kind == MentionKind.Actor && m.End <= match.Index && match.Index - m.End <= OwnerReach)
                .Select(m => gazetteer.ActorsByName[m.Name].Country).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            var antecedent = candidates.LastOrDefault(p => owners.Count > 0 && LeadCountry(gazetteer, p.Name) is { } country && owners.Contains(country))
                ?? candidates.LastOrDefault();
            if (antecedent is not null)
            {
                added.Add(new Mention(match.Index, match.Index + match.Length, MentionKind.Program, antecedent.Name));
            }
        }

        return AddedMentions.Merge(mentions, added);
    }

    /// <summary>
    /// "its own orbital outpost", "our national station", "our lunar program" in words of
    /// <paramref name="actor"/>: the one program of that kind its country leads (Roscosmos → the
    /// Russian Orbital Station, not the ISS named before). <see cref="OwnPrograms.Unresolved"/> are the
    /// descriptions no single program fits: they are about something of the speaker's own, so no
    /// earlier program may stand in for them.
    /// </summary>
    public static OwnPrograms Own(string text, TextSpan span, string? actor, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var country = actor is not null && gazetteer.ActorsByName.TryGetValue(actor, out var speaker) ? speaker.Country : null;
        var found = new List<Mention>();
        var unresolved = new List<TextSpan>();
        foreach (Match match in OwnDescription().Matches(text[span.Start..span.End]))
        {
            var lunar = match.Groups["lunar"].Success;
            // An orbital description that is not lunar is a station ("its own orbital program"); "its orbital project" is one of
            // its own, as the shared station under discussion would be called a station.
            var orbital = match.Groups["orbital"].Success && !lunar;
            var orbitalProject = orbital && KindsOf(match.Groups["noun"].Value) is not [ProgramKind.Station];
            if (!match.Groups["own"].Success && !lunar && !orbitalProject)
            {
                continue; // "our station" alone may be the shared one under discussion
            }

            // "to remain ESA's partner instead of building its own lunar missions": the alternative set aside is no program spoken of.
            if (Alternative().IsMatch(text.AsSpan(span.Start, match.Index)))
            {
                continue;
            }

            // The nearest kind wins: "our lunar program" is a program before it is a station.
            var kinds = orbital ? [ProgramKind.Station] : KindsOf(match.Groups["noun"].Value);
            // "congratulated India on its moon mission": "its" right after a country and a preposition is that country's.
            var owner = ObjectBeforePronoun(text, span.Start + match.Index, gazetteer) ?? country;
            var program = owner is null ? null : OnlyProgramOf(gazetteer, owner, kinds, lunar);
            var at = new TextSpan(span.Start + match.Index, span.Start + match.Index + match.Length);
            if (program is not null)
            {
                found.Add(new Mention(at.Start, at.End, MentionKind.Program, program.Name));
            }
            else
            {
                unresolved.Add(at);
            }
        }

        // "Russia will resume the lunar program" in words of the Kremlin: with no program named before, the one its country leads.
        var countryLunar = country is null ? null : OnlyProgramOf(gazetteer, country, [ProgramKind.Program], lunar: true);
        List<Mention> defaults = countryLunar is null ? [] : [.. TheLunarProgram().Matches(text[span.Start..span.End])
            .Select(m => new Mention(span.Start + m.Index, span.Start + m.Index + m.Length, MentionKind.Program, countryLunar.Name))];

        // "We are going to beat the Chinese to the Moon", "expects the United States to get astronauts back on
        // the Moon", "concerned about China landing on the Moon": a landing is the lunar program of the country
        // that lands (the speaker's own when it says "we").
        var content = text[span.Start..span.End];
        foreach (Match landing in MoonLanding().Matches(content))
        {
            var clause = content[Math.Max(0, landing.Index - 100)..landing.Index];
            clause = clause[(clause.LastIndexOfAny(['.', ';', '!', '?']) + 1)..];
            // A rival said to beat the speaker's own country ("China will beat the US back to the Moon", "return to
            // the Moon before the U.S."): its words are about the race, not a position on the rival's program.
            var lander = LandingOwner(clause, country, gazetteer);
            var race = content[landing.Index..Math.Min(content.Length, landing.Index + landing.Length + RaceReach)];
            if (lander is not null && (lander == country || country is null || !NamesCountry(race, country, gazetteer))
                && OnlyProgramOf(gazetteer, lander, [ProgramKind.Program], lunar: true) is { } lunarProgram)
            {
                found.Add(new Mention(span.Start + landing.Index, span.Start + landing.Index + landing.Length, MentionKind.Program, lunarProgram.Name));
            }
        }

        return new OwnPrograms(found, unresolved) { Defaults = defaults };
    }

    /// <summary>How far past a landing a race's other runner may be named ("… to the Moon before the United States").</summary>
    private const int RaceReach = 30;

    private static bool NamesCountry(string text, string country, Gazetteer gazetteer) =>
        Words.Tokenize(text).Any(word => gazetteer.CountryWords.Any(n => n.Country == country && text.AsSpan(word.Start).StartsWith(n.Name, StringComparison.Ordinal)));

    /// <summary>
    /// Who lands, read backwards through the clause before the landing: the nearest first-person pronoun
    /// (the speaker's <paramref name="own"/> country, if known) or country name or adjective ("Russia", "the United
    /// States", "American"); any other pronoun is someone this clause does not name.
    /// </summary>
    private static string? LandingOwner(string clause, string? own, Gazetteer gazetteer)
    {
        var words = Words.Tokenize(clause);
        for (var i = words.Count - 1; i >= 0; i--)
        {
            switch (words[i].Value.ToLowerInvariant())
            {
                case "we" or "us" or "our":
                    return own;
                case "he" or "she" or "they" or "it" or "them" or "their" or "its" or "his" or "her":
                    return null;
            }

            var upTo = clause[..words[i].End];
            var named = gazetteer.CountryWords.FirstOrDefault(n => upTo.EndsWith(n.Name, StringComparison.Ordinal));
            if (named.Name is not null)
            {
                return named.Country;
            }
        }

        // "[Pence] called for landing astronauts on the Moon", "wants to return to the Moon": a landing with no
        // subject of its own after a few of the speaker's own words is the speaker's.
        return words.Count <= MaximumOwnLeadWords && words.All(w => char.IsLower(w.Value[0])) ? own : null;
    }

    /// <summary>How many words of the speaker's own ("called for", "is determined to") may come before a landing without a subject.</summary>
    private const int MaximumOwnLeadWords = 4;

    /// <summary>
    /// "Russian lunar missions", "China's lunar station": a description owned by a country (its
    /// adjective or its name) stands for the one program of that kind the country leads.
    /// </summary>
    private static List<Mention> Owned(string text, IReadOnlyList<Mention> mentions, Gazetteer gazetteer)
    {
        var found = new List<Mention>();
        foreach (Match match in OwnedDescription().Matches(text))
        {
            var before = text[Math.Max(0, match.Index - 30)..match.Index];
            if (mentions.Any(m => m.Kind == MentionKind.Program && m.Start < match.Index + match.Length && m.End > match.Index)
                || (match.Groups["led"].Success ? NewIndefinite().IsMatch(before) : Indefinite().IsMatch(before)))
            {
                continue; // part of a name ("Russian Orbital Station"), or one not known yet ("a new Russian station")
            }

            // "the Chinese-Russian lunar station": either owner may lead it.
            var countries = match.Groups["owner"].Value.Split('-').Select(gazetteer.Demonyms.CountryOfWord).OfType<string>().ToList();
            // "the United States’": a country's own name, possessive
            var ownerName = PossessiveEnding().Replace(match.Groups["owner"].Value, "");
            countries.AddRange(gazetteer.CountryWords.Where(n => n.Name == ownerName).Select(n => n.Country).Distinct().Except(countries));
            if (countries.Count == 0 && mentions.FirstOrDefault(m => m.ByCountry && m.Start <= match.Index && m.End > match.Index) is { } named && gazetteer.ActorsByName[named.Name].Country is { } namedCountry)
            {
                countries.Add(namedCountry);
            }

            var lunar = match.Groups["lunar"].Success;
            var kinds = OwnedKinds(match);
            if (countries.Select(country => OnlyProgramOf(gazetteer, country, kinds, lunar)).FirstOrDefault(p => p is not null) is { } program)
            {
                found.Add(new Mention(match.Index, match.Index + match.Length, MentionKind.Program, program.Name));
            }
        }

        found.AddRange(OwnedWithAdjective(text, mentions, gazetteer));
        found.AddRange(LedBy(text, mentions, gazetteer));
        found.AddRange(OwnedByPronoun(text, mentions, gazetteer));
        found.AddRange(JointMissions(text, mentions, gazetteer));
        found.AddRange(Landers(text, mentions, gazetteer));
        return found;
    }

    /// <summary>A compound of capitalised words: "Europe-Russian", "Sino-Russian".</summary>
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex CompoundAdjective();

    /// <summary>The country a word names by its adjective ("Russian") or its name ("Europe", "United States"), if any.</summary>
    private static string? CountryNamed(Gazetteer gazetteer, string word) =>
        gazetteer.Demonyms.CountryOfWord(word) ?? gazetteer.CountryWords.FirstOrDefault(n => n.Name == word).Country;

    /// <summary>How far after "with" its partner may be named ("with the Japan Aerospace Exploration Agency").</summary>
    private const int WithReach = 12;

    /// <summary>
    /// "Roscosmos and ESA have put off their joint mission to Mars": a joint mission to a body,
    /// in a sentence that names its partners before it, is the one program to that body one of them leads; none when no
    /// partner leads one, or when several fit ("NASA and ESA's joint mission to Mars" may be either agency's).
    /// </summary>
    private static IEnumerable<Mention> JointMissions(string text, IReadOnlyList<Mention> mentions, Gazetteer gazetteer)
    {
        foreach (Match match in JointMission().Matches(text))
        {
            var sentenceStart = SentenceStart(text, match.Index);
            // "a possible mission to the moon with JAXA": the partner after "with" too
            var end = match.Index + match.Length;
            var partners = mentions.Where(m => m.Kind == MentionKind.Actor && ((m.Start >= sentenceStart && m.End <= end)
                    || (match.Groups["with"].Success && m.Start >= end && m.Start - end <= WithReach)))
                .Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            // "a joint Europe-Russian mission": the countries its adjective names take part through their agencies
            foreach (var word in CompoundAdjective().Matches(match.Value).SelectMany(w => w.Value.Split('-')))
            {
                if (gazetteer.AgencyOf(CountryNamed(gazetteer, word)) is { } agency)
                {
                    partners.Add(agency.Name);
                }
            }

            if (partners.Count < 2 || mentions.Any(m => m.Kind == MentionKind.Program && m.Start < match.Index + match.Length && m.End > match.Index))
            {
                continue; // one side alone says nothing of a joint one; a named program needs no description
            }

            var lunar = !match.Groups["body"].Value.Equals("Mars", StringComparison.OrdinalIgnoreCase);
            var toBody = gazetteer.Programs.Where(p => p.Lead is not null && (lunar ? IsLunar(p) : p.Aliases.Any(a => a.Contains("Mars", StringComparison.Ordinal)))).ToList();
            // The program both run together ("ISRO and JAXA's joint mission to the Moon" is LUPEX), else the one a partner leads.
            var fitting = toBody.Where(p => p.Partners.Append(p.Lead!).Count(partners.Contains) >= 2).ToList();
            fitting = fitting.Count > 0 ? fitting
                : [.. toBody.Where(p => partners.Contains(p.Lead!) && p.Kind is ProgramKind.Mission or ProgramKind.Program)];
            if (fitting is [var program])
            {
                yield return new Mention(match.Index, match.Index + match.Length, MentionKind.Program, program.Name);
            }
        }
    }

    /// <summary>
    /// "NASA … had chosen Blue Origin to build a second lunar lander": a lander described (not named) in a
    /// sentence whose nearest actor before it is of a country that leads a landing system is that system;
    /// a lander of a country that leads none (ISRO's, CNSA's) names no program.
    /// </summary>
    private static IEnumerable<Mention> Landers(string text, IReadOnlyList<Mention> mentions, Gazetteer gazetteer)
    {
        foreach (Match match in LanderDescription().Matches(text))
        {
            var sentenceStart = SentenceStart(text, match.Index);
            var between = mentions.Where(m => m.Start >= sentenceStart && m.End <= match.Index).ToList();
            if (between.LastOrDefault(m => m.Kind == MentionKind.Actor) is not { } owner || gazetteer.ActorsByName[owner.Name].Country is not { } country
                || between.Any(m => m.Kind == MentionKind.Program && m.Start > owner.Start)
                || mentions.Any(m => m.Kind == MentionKind.Program && m.Start < match.Index + match.Length && m.End > match.Index)
                || mentions.Any(m => m.Kind == MentionKind.Program && m.Start >= match.Index + match.Length && m.Start - match.Index - match.Length <= MaximumLanderOfGap
                    && LanderOf().IsMatch(text.AsSpan(match.Index + match.Length, m.Start - match.Index - match.Length))
                    && !string.Equals(LeadCountry(gazetteer, m.Name), country, StringComparison.OrdinalIgnoreCase)))
            {
                continue; // nobody's, or another country's program's lander ("NASA's Artemis lander", "the lander of India's Chandrayaan-2")
            }

            var systems = gazetteer.Programs.Where(p => p.Kind == ProgramKind.Spacecraft && LeadCountry(gazetteer, p.Name) is { } lead
                && string.Equals(lead, country, StringComparison.OrdinalIgnoreCase) && p.Aliases.Concat(p.Parts).Any(a => a.Contains("land", StringComparison.OrdinalIgnoreCase))).ToList();
            if (systems is [var system])
            {
                yield return new Mention(match.Index, match.Index + match.Length, MentionKind.Program, system.Name);
            }
        }
    }

    /// <summary>Where the sentence holding <paramref name="index"/> starts: after the last stop or line break before it.</summary>
    private static int SentenceStart(string text, int index) => index == 0 ? 0 : text.LastIndexOfAny(['.', '!', '?', '\n'], index - 1) + 1;

    /// <summary>The longest joint from a lander to the program named after it (" for the Indian Space Research Organisation's ").</summary>
    private const int MaximumLanderOfGap = 60;

    /// <summary>What joins a lander to the program named after it: " of India's ", " for the ".</summary>
    [GeneratedRegex(@"^\s+(?:of|for|on)\s+(?:(?:the|its|their)\s+|\p{Lu}[\w.-]*['’]s\s+)?$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex LanderOf();

    /// <summary>"a second lunar lander", "the crewed Moon landers", "its human lander": a lander by its kind, not by its name (a "commercial lander" alone carries cargo).</summary>
    [GeneratedRegex(@"\b(?:a|an|the|its|their)\s+(?:(?:commercial\s+)?(?:crewed|human)\s+|(?:second|new|first)\s+){0,2}(?:(?:lunar|moon)\s+)?landers?\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex LanderDescription();

    /// <summary>
    /// "China will expand cooperation through its space station": "its" is the one country its clause
    /// names before it, so the description is that country's, as "China's space station" would be.
    /// </summary>
    private static IEnumerable<Mention> OwnedByPronoun(string text, IReadOnlyList<Mention> mentions, Gazetteer gazetteer)
    {
        foreach (Match match in PronounDescription().Matches(text))
        {
            var from = Math.Max(0, match.Index - OwnerClauseReach);
            var clauseStart = from + text[from..match.Index].LastIndexOfAny(['.', ';', '!', '?', '\n']) + 1;
            var countries = mentions.Where(m => m.Kind == MentionKind.Actor && m.Start >= clauseStart && m.End <= match.Index)
                .Select(m => gazetteer.ActorsByName[m.Name].Country).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (countries is not [var country] || mentions.Any(m => m.Kind == MentionKind.Program && m.Start >= clauseStart && m.End <= match.Index + match.Length))
            {
                continue; // two countries, or none, or a program already named: "its" may be someone else's
            }

            if (OnlyProgramOf(gazetteer, country, OwnedKinds(match), match.Groups["lunar"].Success) is { } program)
            {
                yield return new Mention(match.Index, match.Index + match.Length, MentionKind.Program, program.Name);
            }
        }
    }

    /// <summary>
    /// "the United States’ more cost-effective lunar missions": a compound adjective between a possessive owner and a lunar
    /// kind. Found from the adjective back to the owner, as a pattern that tried it after every capitalised word cost a
    /// tenth of the pipeline's time on real articles.
    /// </summary>
    private static IEnumerable<Mention> OwnedWithAdjective(string text, IReadOnlyList<Mention> mentions, Gazetteer gazetteer)
    {
        foreach (Match match in AdjectiveThenLunarKind().Matches(text))
        {
            var owner = PossessiveOwnerBefore().Match(text, Math.Max(0, match.Index - OwnerReach), Math.Min(match.Index, OwnerReach));
            if (!owner.Success || mentions.Any(m => m.Kind == MentionKind.Program && m.Start < match.Index + match.Length && m.End > match.Index))
            {
                continue;
            }

            var name = PossessiveEnding().Replace(owner.Groups["owner"].Value, "");
            if (CountryNamed(gazetteer, name) is { } country && OnlyProgramOf(gazetteer, country, [ProgramKind.Program], lunar: true) is { } program)
            {
                yield return new Mention(owner.Index, match.Index + match.Length, MentionKind.Program, program.Name);
            }
        }
    }

    [GeneratedRegex(@"\b\p{Ll}+-\p{Ll}+\s+(?:lunar|moon)\s+(?:programs?|programmes?|missions?|projects?)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AdjectiveThenLunarKind();

    [GeneratedRegex(@"(?<owner>\p{Lu}[\p{L}.]+(?:\s+States)?['’]s?)\s+(?:(?:more|most|less)\s+)?$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PossessiveOwnerBefore();

    /// <summary>"cooperation on lunar exploration led by NASA": the lunar program of the country of the agency that leads it.</summary>
    private static IEnumerable<Mention> LedBy(string text, IReadOnlyList<Mention> mentions, Gazetteer gazetteer)
    {
        foreach (Match match in LedByDescription().Matches(text))
        {
            var end = match.Index + match.Length;
            if (mentions.FirstOrDefault(m => m.Kind == MentionKind.Actor && m.Start == end) is { } leader
                && !mentions.Any(m => m.Kind == MentionKind.Program && m.Start < end && m.End > match.Index)
                && gazetteer.ActorsByName[leader.Name].Country is { } country
                && OnlyProgramOf(gazetteer, country, [ProgramKind.Program], lunar: true) is { } program)
            {
                yield return new Mention(match.Index, match.Index + match.Value.TrimEnd().Length, MentionKind.Program, program.Name); // the leader's name stays its own
            }
        }
    }

    [GeneratedRegex(@"\b(?:lunar|moon)\s+(?:exploration|program|programme|missions?|campaign|effort)\s+led\s+by\s+(?:the\s+)?", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex LedByDescription();

    /// <summary>How far back "its" looks for the country it stands for, within its sentence.</summary>
    private const int OwnerClauseReach = 120;

    /// <summary>The kinds a description owned by a country may name, by its noun: a country's "space programme" is all it does in space, not one station of it.</summary>
    private static ProgramKind[] OwnedKinds(Match description) => description.Groups["noun"].Value.TrimEnd('s').ToLowerInvariant() switch
    {
        "station" or "base" or "outpost" => [ProgramKind.Station],
        "mission" => [ProgramKind.Mission, ProgramKind.Program],
        _ => [ProgramKind.Program],
    };

    /// <summary>
    /// The program <paramref name="country"/> leads of the first of <paramref name="kinds"/> it leads
    /// any of, lunar or not as asked, when that program is the only one; otherwise null.
    /// </summary>
    private static ProgramEntry? OnlyProgramOf(Gazetteer gazetteer, string country, IEnumerable<ProgramKind> kinds, bool lunar)
    {
        var candidates = kinds
            .Select(kind => gazetteer.Programs.Where(p => p.Kind == kind && IsLunar(p) == lunar
                && LeadCountry(gazetteer, p.Name) is { } lead && string.Equals(lead, country, StringComparison.OrdinalIgnoreCase)).ToList())
            .FirstOrDefault(c => c.Count > 0);
        return candidates is [var only] ? only : null;
    }

    private static bool IsLunar(ProgramEntry program) =>
        program.Aliases.Any(a => a.Contains("lunar", StringComparison.OrdinalIgnoreCase) || a.Contains("moon", StringComparison.OrdinalIgnoreCase) || a.StartsWith("Luna", StringComparison.Ordinal));

    private static ProgramKind[] KindsOf(string noun) => noun.ToLowerInvariant() switch
    {
        "station" or "outpost" or "platform" or "base" => [ProgramKind.Station],
        "accord" or "accords" or "agreement" or "pact" or "principles" or "framework" or "coalition" => [ProgramKind.Agreement],
        "mission" or "rover" => [ProgramKind.Mission, ProgramKind.Program],
        "program" or "programme" => [ProgramKind.Program, ProgramKind.Mission, ProgramKind.Station],
        "it" => [ProgramKind.Program, ProgramKind.Mission, ProgramKind.Station, ProgramKind.Agreement],
        _ => [ProgramKind.Program, ProgramKind.Mission, ProgramKind.Station], // project, initiative, endeavour, effort
    };

    /// <summary>
    /// Words that open a comparison ("similar to the ISS", "compared with Tiangong") or name what
    /// something new stands in for ("a station to replace the ISS", "a successor to the ISS"): a program
    /// named after them is background, neither the topic of the stance nor what a later description refers to.
    /// </summary>
    internal const string ComparisonWords = @"similar\s+to|unlike|compared\s+(?:to|with)|modell?ed\s+on|as\s+(?:with|on|in)|to\s+replace|replacing|instead\s+of|in\s+place\s+of|(?:a\s+)?successor\s+(?:to|of)";

    /// <summary>
    /// A program named in a comparison ("similar to the ISS") or in a clause about its owner ("ISRO, whose
    /// Chandrayaan-3 landed in August, is working on …") is not what a later description refers to.
    /// </summary>
    [GeneratedRegex(@"\b(?:" + ComparisonWords + @"|like|whose(?:\s+[\p{L}-]+){0,2})\s+(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ComparedTo();

    /// <summary>
    /// A description owned by a country: "Russian lunar missions", "China's lunar station", "Russia's new orbital
    /// station", "the Chinese-Russian lunar station", "China's aerospace and lunar exploration programs" (one modifier at
    /// least; a lunar one makes it the lunar program); "Russia's first moonshot" and "China's lunar exploration" (its lunar program); "a U.S.-led lunar
    /// program" (the one that country leads, known even after "a"); "the United States’" (a country's own name in the possessive).
    /// </summary>
    [GeneratedRegex(
        @"\b(?<owner>\p{Lu}[\p{L}.]+(?:-\p{Lu}[\p{L}.]+|\s+States)?(?:['’]s?|(?<led>-led))?)\s+(?:(?:(?<lunar>lunar|moon)|orbital|space|aerospace|exploration|national|research|scientific|crewed|manned|own|new|future|service)\s+(?:and\s+)?){1,3}(?<noun>stations?|bases?|outposts?|programs?|programmes?|missions?|projects?)\b" +
        @"|\b(?<owner>\p{Lu}[\p{L}.]+(?:['’]s)?)\s+(?:(?:first|next|own|new|latest)\s+)?(?<lunar>moonshot)s?\b" +
        @"|\b(?<owner>\p{Lu}[\p{L}.]+(?:['’]s)?)\s+(?<lunar>lunar|moon)\s+(?<noun>exploration)\b",
        Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OwnedDescription();

    [GeneratedRegex(@"['’]s?$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PossessiveEnding();

    /// <summary>"a joint robotic mission to Mars", "a joint mission with Russia to Mars", "their joint expedition to the Moon", "a possible mission to the moon with" a partner.</summary>
    [GeneratedRegex(
        @"\b(?:a|an|the|their|its|this)\s+joint\s+(?:[\w-]+\s+){0,2}?(?:mission|project|program|programme|expedition)\s+(?:with\s+(?:\p{Lu}[\w’'.-]*\s+){1,3})?to\s+(?<body>Mars|the\s+Moon)\b" +
        @"|\b(?:a|an|the)\s+(?:(?:possible|proposed|planned|future|new)\s+)?(?:[\w-]+\s+){0,2}?(?:mission|project|expedition)\s+to\s+(?<body>Mars|the\s+Moon)(?<with>\s+with)\b",
        RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex JointMission();

    /// <summary>"its space station", "its own lunar programme", "the country's space station": a description owned by a pronoun (one modifier at least).</summary>
    [GeneratedRegex(
        @"\b(?:its|the\s+country['’]s)\s+(?:(?:(?<lunar>lunar|moon)|orbital|space|national|crewed|manned|own)\s+){1,3}(?<noun>station|outpost|program|programme)\b",
        RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PronounDescription();

    /// <summary>"the fifth mission in the Chandrayaan series": the series is the family, not the mission a later "the mission" means.</summary>
    [GeneratedRegex(@"^\s+(?:series|family)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SeriesAfter();

    /// <summary>A country's whole program: "its space program", "the national space programme", "our space programs".</summary>
    [GeneratedRegex(@"^\S+\s+(?:national\s+)?space\s+programm?e?s?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex WholeSpaceProgram();

    /// <summary>The words name the Moon ("lunar", "moon").</summary>
    internal static bool IsLunarText(string text) => LunarWord().IsMatch(text);

    [GeneratedRegex(@"\b(?:lunar|moon)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex LunarWord();

    /// <summary>"rather than develop ", "instead of building ": an alternative set aside opens right before.</summary>
    [GeneratedRegex(@"\b(?:rather\s+than|instead\s+of)\s+(?:to\s+)?(?:[\p{L}-]+\s+){0,2}$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Alternative();

    /// <summary>"a new", "a second", "another" right before: a program led by that country that is not yet known.</summary>
    [GeneratedRegex(@"\b(?:an?\s+(?:[\p{L}-]+\s+)?(?:new|second|third|separate|future|possible|proposed)|another)\s+$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex NewIndefinite();

    /// <summary>"a", "an", "a new", "an entirely new" right before.</summary>
    [GeneratedRegex(@"\ban?\s+(?:[\p{L}-]+\s+){0,2}$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Indefinite();

    /// <summary>The country named right before "on its", "for their" at <paramref name="at"/> ("congratulated India on its …"), if any.</summary>
    private static string? ObjectBeforePronoun(string text, int at, Gazetteer gazetteer)
    {
        if (!text.AsSpan(at).StartsWith("its ", StringComparison.OrdinalIgnoreCase) && !text.AsSpan(at).StartsWith("their ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var before = PrepositionBefore().Match(text, Math.Max(0, at - PrepositionReach), Math.Min(at, PrepositionReach));
        if (!before.Success)
        {
            return null;
        }

        var upTo = text[..before.Index];
        return gazetteer.CountryWords.FirstOrDefault(n => upTo.EndsWith(n.Name, StringComparison.Ordinal) && (upTo.Length == n.Name.Length || !char.IsLetter(upTo[^(n.Name.Length + 1)]))).Country;
    }

    private const int PrepositionReach = 12;

    [GeneratedRegex(@"\s+(?:on|for|over|upon)\s+$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PrepositionBefore();

    /// <summary>"the lunar program", "the Moon programme": a definite description of a country's lunar program.</summary>
    [GeneratedRegex(@"\bthe\s+(?:lunar|moon)\s+(?:exploration\s+)?(?:program|programme)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TheLunarProgram();

    /// <summary>
    /// A possessive description of the speaker's own program: "its own orbital outpost", "our national station", "our lunar program",
    /// "its key lunar mission", "our first crewed mission" (a first one is its own), "its orbital project" (a station).
    /// </summary>
    [GeneratedRegex(
        @"\b(?:its|our|their|my)\s+(?:(?<own>own|national|first)\s+)?(?:(?:(?<lunar>lunar|moon)|(?<orbital>orbital|orbiting)|space|research|new|future|manned|crewed|human|exploration|scientific|key|main|flagship)\s+){0,3}(?<noun>station|outpost|program|programme|project|mission)s?\b",
        RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OwnDescription();

    /// <summary>Landing, sending, going or beating others to the Moon, or claiming it: "land astronauts on the Moon", "going back to the Moon", "beat China to the lunar surface", "lay claim to the Moon".</summary>
    [GeneratedRegex(
        @"\b(?:land|put|get|send|return|bring|beat|go|fly|head)(?:s|ing|ed|ting|es)?\s+(?:[\w.'’-]+\s+){0,4}(?:back\s+)?(?:on|to)\s+the\s+(?:moon|lunar\s+surface)\b|\b(?:lay(?:s|ing)?\s+claim\s+to|claim(?:s|ed|ing)?)\s+the\s+moon\b",
        RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex MoonLanding();

    /// <summary>A definite or demonstrative description ("the Russian-European mission": a demonym names who leads it), or "it" after a word of participation.</summary>
    [GeneratedRegex(
        @"\b(?:the|this|that|these|those|its|our|their)\s+(?<demonym>(?-i:\p{Lu})\p{Ll}+(?:-(?-i:\p{Lu})\p{Ll}+)?\s+)?(?:(?:orbital|space|lunar|moon|research|international|scientific|new|future|joint|circumlunar|manned|crewed|exploration|mars|whole|entire|global|growing)\s+){0,2}(?<noun>station|outpost|platform|program|programme|project|initiative|endeavou?r|effort|mission|rover|accords?|agreement|pact|principles|framework|coalition)\b" +
        @"|\b(?:participat\w*|take\s+part|taking\s+part|took\s+part|involvement|interest(?:ed)?|join(?:s|ed|ing)?|support(?:s|ed|ing)?|withdraw\w*|leave|leaving|quit)\s+(?:in\s+|from\s+)?(?<noun>it)\b",
        RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Description();
}

/// <summary>What <see cref="ProgramDescriptions.Own"/> found: descriptions resolved to a program, and those no single program fits.</summary>
public sealed record OwnPrograms(IReadOnlyList<Mention> Resolved, IReadOnlyList<TextSpan> Unresolved)
{
    /// <summary>Definite descriptions ("the lunar program") that are the speaker's own only where the text resolved them to nothing else.</summary>
    public IReadOnlyList<Mention> Defaults { get; init; } = [];
}
