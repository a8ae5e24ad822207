using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// Speakers a region only refers back to: a pronoun ("he said"), "the agency", "the statement", the outlet ("the
/// newspaper reported"), or a title named before ("the spokesman added"). What they refer to is the document's
/// running <see cref="SpeakerContext"/>.
/// </summary>
internal sealed partial class SpeakerReferences(Gazetteer gazetteer, string raw, IReadOnlyList<Mention> mentions, SpeakerContext context)
{
    /// <summary>The speaker <paramref name="text"/> (the region starting at <paramref name="at"/>) refers back to, if any.</summary>
    public Speaker? Resolve(string text, int at) => Pronoun(text, at) ?? Outlet(text) ?? TitleAgain(text, at);

    private Speaker? Pronoun(string text, int at)
    {
        // "…, the agency added": the agency that spoke last, as "it" would be; "the news agency" is not one. Before any
        // organisation has spoken, the agency its own words open with ("NASA awarded …, the agency announced").
        if (TheAgency().IsMatch(text))
        {
            return context.LastOrganisation is null ? AgencyOpening(at)
                : context.LastOrganisation.Actor is { } actor && IsAgency(actor) ? context.LastOrganisation : null;
        }

        // "“…,” the statement said": the written statement of the organisation that spoke last, or of the
        // last speaker's organisation ("Nelson said …. The statement added …" is NASA's).
        if (TheStatement().IsMatch(text))
        {
            return context.LastSpeaker is { Actor: { } owner } && !gazetteer.IsOutlet(owner) ? new Speaker(owner, owner, IsPerson: false) : null;
        }

        // "In her words, …": a possessive that is the whole region stands for its owner.
        switch (text.Trim().ToLowerInvariant())
        {
            case "his" or "her":
                return context.LastPerson;
            case "their":
                return context.LastOrganisation;
        }

        var match = PronounWord().Match(text);
        if (!match.Success)
        {
            return null;
        }

        return match.Value.ToLowerInvariant() switch
        {
            "he" or "she" => context.LastPerson,
            "they" => (context.ObservedUpTo is { } end ? GroupSubject(end) : null) ?? context.LastOrganisation,
            _ => context.LastOrganisation,
        };
    }

    /// <summary>
    /// The body whose members are the subject of the sentence ending at <paramref name="end"/> ("In the letter, the members of
    /// Congress rejected that argument."): a mention named by a plural common noun, after any lead-in.
    /// </summary>
    private Speaker? GroupSubject(int end)
    {
        while (end > 0 && char.IsWhiteSpace(raw[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return null;
        }

        var (start, _) = SentenceOpenings.Before(raw, mentions, raw[end - 1] is '.' or '!' or '?' ? end - 1 : end, ".!?\n");
        var first = mentions.FirstOrDefault(m => m.Start >= start && m.End <= end);
        return first is { Kind: MentionKind.Actor, ByCountry: false }
            && gazetteer.ActorsByName[first.Name].Kind != ActorKind.Outlet
            && LeadInBeforeSubject().IsMatch(raw.AsSpan(start, first.Start - start))
            && MembersByName().IsMatch(raw.AsSpan(first.Start, first.Length))
            ? new Speaker(first.Name, first.Name, IsPerson: false)
            : null;
    }

    /// <summary>What may open a sentence before its subject: a short lead-in and its comma ("In the letter, "), "the".</summary>
    [GeneratedRegex(@"^\s*(?:[^,;:""“”]{1,40},\s*)?(?:[Tt]he\s+)?$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex LeadInBeforeSubject();

    /// <summary>A body named by its members: "members of Congress", "lawmakers", "senators", "congressmen".</summary>
    [GeneratedRegex(@"^(?:the\s+)?\p{Ll}+(?:s|men)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex MembersByName();

    private bool IsAgency(string actor) => gazetteer.ActorsByName.TryGetValue(actor, out var entry) && entry.Kind == ActorKind.Agency;

    /// <summary>The agency named first in the sentence before <paramref name="at"/>, when that sentence opens with it.</summary>
    private Speaker? AgencyOpening(int at) =>
        SentenceOpenings.Before(raw, mentions, at, ".!?\n").Opener is { Kind: MentionKind.Actor, ByCountry: false } first && IsAgency(first.Name)
            ? new Speaker(first.Name, first.Name, IsPerson: false)
            : null;

    private Speaker? Outlet(string text)
    {
        if (context.LastOutlet is null || !OutletWord().IsMatch(text))
        {
            return null;
        }

        return new Speaker(context.LastOutlet, context.LastOutlet, IsPerson: false);
    }

    /// <summary>
    /// "The spokesman said" after "a Foreign Ministry spokesman told a briefing"; when nobody was introduced by the title alone,
    /// the last person named who speaks for someone ("Foreign Ministry Spokesperson Wang Wenbin told a briefing. “…,” the
    /// diplomat added").
    /// </summary>
    private Speaker? TitleAgain(string text, int at)
    {
        var match = TheTitle().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var title = match.Groups["title"].Value;
        if (context.ByTitle.TryGetValue(title, out var speaker))
        {
            return speaker;
        }

        // The person last named keeps the title where the organisation is the same ("… Spokesperson Li Ming told …").
        var earlier = EarlierTitleHolder(title, at);
        return earlier is not null && context.LastPerson?.Actor != earlier.Actor ? earlier
            : context.LastPerson is { Actor: not null } ? context.LastPerson : earlier;
    }

    /// <summary>How far back an unnamed title's first description is looked for, and how far from it its organisation.</summary>
    private const int TitleReach = 1500;

    private const int OrganisationReach = 40;

    /// <summary>
    /// "An official at the Japanese agency told us …", then a quotation "…," the official added: the holder
    /// introduced in words not yet read (quotations are read before reported words), by the organisation named beside
    /// the title's last use before <paramref name="at"/>.
    /// </summary>
    private Speaker? EarlierTitleHolder(string title, int at)
    {
        var from = Math.Max(0, at - TitleReach);
        var start = raw.AsSpan(from, at - from).LastIndexOf(title, StringComparison.OrdinalIgnoreCase);
        while (start >= 0 && (from + start > 0 && char.IsLetter(raw[from + start - 1])))
        {
            start = raw.AsSpan(from, start).LastIndexOf(title, StringComparison.OrdinalIgnoreCase);
        }

        if (start < 0)
        {
            return null;
        }

        // Not "the official" again: an introduction names the organisation, before the title ("an ISRO official") or after it ("from the agency").
        start += from;
        var end = start + title.Length;
        var actor = mentions.FirstOrDefault(m => m.Kind == MentionKind.Actor
            && ((m.End <= start && start - m.End <= OrganisationReach && OwnersTitle().IsMatch(raw.AsSpan(m.End, start - m.End)))
                || (m.Start >= end && m.Start - end <= OrganisationReach && TitlesOrganisation().IsMatch(raw.AsSpan(end, m.Start - end)))));
        return actor is null ? null : new Speaker($"{actor.Name} {title.ToLowerInvariant()}", actor.Name, IsPerson: true);
    }

    /// <summary>
    /// "the agency", "the space agency", and one who speaks for it unnamed: "the agency's spokesperson", "the agency's press service",
    /// "an agency spokeswoman", "a spokesman for the agency".
    /// </summary>
    [GeneratedRegex(@"^\W*(?:the\s+(?:space\s+)?agency(?:['’]s\s+(?:spokes(?:person|man|woman)|press\s+(?:service|office|secretary)|representative|official))?|an\s+agency\s+(?:spokes(?:person|man|woman)|representative|official)|an?\s+(?:spokes(?:person|man|woman)|representative|official)\s+for\s+the\s+(?:space\s+)?agency)\W*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TheAgency();

    [GeneratedRegex(@"^\W*(?:the|its|their)\s+(?:(?:official|written|joint)\s+)?(?:statement|press\s+release|release|communiqu[eé])\W*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TheStatement();

    [GeneratedRegex(@"\b(?:piece|article|newspaper|paper|report|editorial|op-ed|outlet|agency\s+report)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OutletWord();

    [GeneratedRegex(@"\b(?:he|she|it|they)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PronounWord();

    [GeneratedRegex(@"^\W*the\s+(?<title>spokes(?:man|woman|person)|official|minister|head|chief|director|president|chairman|administrator|diplomat)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TheTitle();

    /// <summary>Between an organisation and its title: "ISRO official", "the agency's senior official".</summary>
    [GeneratedRegex(@"^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OwnersTitle();

    /// <summary>Between a title and its organisation: "officials from the", "official at".</summary>
    [GeneratedRegex(@"^s?\s+(?:from|of|at|with)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TitlesOrganisation();
}
