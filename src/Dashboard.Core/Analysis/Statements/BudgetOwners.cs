using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// Whose position a budget, a bill or an order carries when it is the subject of a reported act ("the White House's
/// budget would cancel the Gateway", "Congress passed the act, extending the ISS to 2030", "It would also end …").
/// </summary>
internal static partial class BudgetOwners
{
    /// <summary>The longest gap between a budget and its cue: a relative clause of what else it does comes between ("… that includes a cut of a quarter for NASA and would …").</summary>
    private const int MaximumBudgetGap = 120;

    /// <summary>The longest link from a name to the budget it owns: ") on Friday released its proposed fiscal 2026 ".</summary>
    private const int MaximumOwnerGap = 80;

    /// <summary>
    /// "The White House's budget proposal, which cuts NASA's science by a quarter, would cancel the
    /// Gateway", "OMB released its budget on Friday that would end Mars Sample Return": a budget (a
    /// request, a proposal, a spending plan) that acts on a program holds the position of the name that
    /// owns it ("X's budget") or releases it ("X unveiled its budget"); a bill, the legislature that
    /// passed it ("Congress passed the act, extending the ISS to 2030"). It comes before the subject of
    /// the clause: "NASA's science account" is what the budget cuts. A name between the budget and the
    /// cue may only be what the budget gives to or takes from ("cuts to NASA", "NASA's science"): after
    /// any other ("words from ESA, which said …") the cue is not the budget's. Null when no budget or
    /// bill carries the cue; empty when one does and nobody is named as its author ("Congress will
    /// debate a bill that would …": the bill's content is nobody's position yet).
    /// </summary>
    public static List<(TextSpan At, Speaker Speaker)>? Of(Gazetteer gazetteer, string raw, TextSpan sentence, List<Mention> inside, int cue, DateOnly? published, Earlier earlier)
    {
        var at = -1;
        foreach (var budget in BudgetWord().EnumerateMatches(raw.AsSpan(sentence.Start, cue - sentence.Start)))
        {
            at = sentence.Start + budget.Index; // the last one before the cue
        }

        if (at < 0)
        {
            return ItsBudgetOwner(gazetteer, raw, sentence, cue, published, earlier);
        }

        var between = raw[at..cue];
        if (between.Length > MaximumBudgetGap || QuotationIn(between)
            || inside.Any(m => m.Start > at && m.End <= cue && m.Kind != MentionKind.Program && !BudgetRecipient().IsMatch(raw[at..m.Start]) && !ReportedPositions.IsPossessive(raw, m.End)))
        {
            return null;
        }

        // Only names near the budget can own it (a few words link them), so each sentence is read once.
        // "The Senate approved NASA's bill": the name after the verb of passing is what the bill is for.
        var owner = CoordinatedNames.Speaking(gazetteer, inside.Where(m => m.End <= at && at - m.End <= MaximumOwnerGap && m.Kind != MentionKind.Program))
            .LastOrDefault(m => Owns(gazetteer, m, raw.AsSpan()[m.End..at]) && !PassedBefore().IsMatch(raw.AsSpan()[Math.Max(sentence.Start, m.Start - 30)..m.Start]));
        if (owner is null && (Definite().IsMatch(raw.AsSpan(sentence.Start, at - sentence.Start)) || raw.AsSpan(at).StartsWith("the", StringComparison.OrdinalIgnoreCase)))
        {
            // "The budget would phase out SLS": the budget whose author the text has named.
            return EarlierBudgetOwner(gazetteer, raw, earlier.Mentions, sentence.Start, published) ?? [];
        }

        return owner is null ? [] : [(new TextSpan(owner.Start, owner.End), CoordinatedNames.SpeakerOf(gazetteer, owner, published))];
    }

    /// <summary>
    /// "The budget would cut …. It would also cancel Gateway", "OMB has released the budget proposal. It includes the
    /// abandonment of …": "it" goes on with the budget of the sentence before. Its author is looked for before that
    /// sentence when the sentence opened with the budget, and in it too when it told of the budget's release.
    /// </summary>
    private static List<(TextSpan At, Speaker Speaker)>? ItsBudgetOwner(Gazetteer gazetteer, string raw, TextSpan sentence, int cue, DateOnly? published, Earlier earlier)
    {
        if (!ItGoesOn().IsMatch(raw.AsSpan(sentence.Start, cue - sentence.Start)) || earlier.Sentence is not { } before
            || !AnyBudgetWord().IsMatch(raw.AsSpan(before.Start, before.Length)))
        {
            return null;
        }

        var lookUpTo = DefiniteBudgetOpening().IsMatch(raw.AsSpan(before.Start, before.Length)) ? before.Start : before.End;
        return EarlierBudgetOwner(gazetteer, raw, earlier.Mentions, lookUpTo, published);
    }

    /// <summary>What came before a sentence: every mention of the document (its headline's too), and the sentence before it.</summary>
    public readonly record struct Earlier(IReadOnlyList<Mention> Mentions, TextSpan? Sentence);

    /// <summary>How far back a definite budget looks for the one its author released (the headline of a short story included).</summary>
    private const int BudgetReach = 2500;

    /// <summary>
    /// The author of the last budget named before <paramref name="before"/> ("The White House Releases its 2026
    /// Budget Request", "the White House's proposed budget"), or null when none is.
    /// </summary>
    private static List<(TextSpan At, Speaker Speaker)>? EarlierBudgetOwner(Gazetteer gazetteer, string raw, IReadOnlyList<Mention> mentions, int before, DateOnly? published)
    {
        var names = CoordinatedNames.Speaking(gazetteer, mentions.Where(m => m.Kind != MentionKind.Program && m.End <= before && before - m.End <= BudgetReach));
        for (var i = names.Count - 1; i >= 0; i--)
        {
            var window = ScareQuote().Replace(raw[names[i].End..Math.Min(before, names[i].End + MaximumOwnerGap)], "$1");
            if ((AnyBudgetWord().Match(window) is { Success: true } budget && Owns(gazetteer, names[i], window.AsSpan(0, budget.Index)))
                || IntroducedBy().IsMatch(raw.AsSpan(Math.Max(0, names[i].Start - MaximumOwnerGap * 2), Math.Min(names[i].Start, MaximumOwnerGap * 2))))
            {
                return [(new TextSpan(names[i].Start, names[i].End), CoordinatedNames.SpeakerOf(gazetteer, names[i], published))];
            }
        }

        return null;
    }

    /// <summary>Someone's words between a budget and a cue; a few words in scare quotes ("legacy systems") are the writer's.</summary>
    private static bool QuotationIn(string between)
    {
        var unquoted = ScareQuote().Replace(between, "$1");
        return unquoted.Contains('"') || unquoted.Contains('“');
    }

    /// <summary>A few words in quotation marks: "skinny budget," or “legacy human exploration systems”.</summary>
    [GeneratedRegex(@"[""“]((?:[\w-]+[\s,]*){1,5})[""”]", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ScareQuote();

    /// <summary>A budget, an executive order or a decree in any case, as a headline capitalises it: "Releases its 2026 Budget Request"; a bill in lower case (not "Bill Nelson").</summary>
    [GeneratedRegex(@"\b(?:" + BudgetOrBill + "|" + Orders + @")\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AnyBudgetWord();

    /// <summary>A budget or a spending plan in any case, a bill in lower case only (not "Bill Nelson"), or a package or measure.</summary>
    private const string BudgetOrBill = @"budget|spending\s+plan|(?-i:bill)|" + Packages;

    /// <summary>
    /// What news calls a bill once it is named: "the package would spend …", "the spending package", "the measure would provide …";
    /// a determiner first, so a package of instruments ("the payload package") or the verb "to measure" is not one.
    /// </summary>
    private const string Packages = @"(?-i:(?:spending|funding|reconciliation|legislative|appropriations)\s+package|(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:spending\s+|funding\s+)?(?:package|measure))";

    /// <summary>An order a leader signs: "executive order", "decree", "directive".</summary>
    private const string Orders = @"executive\s+order|decree|directive";

    /// <summary>A budget or bill told in the passive with its author next: "the bill was introduced on Tuesday by Sen. Jane Roe (".</summary>
    [GeneratedRegex(@"\b(?:" + BudgetOrBill + @"|legislation)\b[^.;!?]{0,80}?\b(?:was|were|is|has\s+been|had\s+been)\s+(?:[\w-]+\s+){0,2}?(?:introduced|unveiled|released|proposed|submitted|sponsored|filed|presented|sent)\s+(?:[\w,-]+\s+){0,3}?by\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}\(?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex IntroducedBy();

    /// <summary>"the ", "this proposed ", "the White House's ": the budget right after is one named before.</summary>
    [GeneratedRegex(@"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Definite();

    /// <summary>A sentence opening with its budget or order: "The budget would cut …", "The proposed Budget recommends …", "The directive sets …".</summary>
    [GeneratedRegex(@"^\W*(?:the|this)\s+(?:[\w-]+\s+){0,2}(?:" + BudgetOrBill + "|" + Orders + @"|order)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DefiniteBudgetOpening();

    /// <summary>"It would also immediately cancel …", "It includes …": a sentence whose subject is "it", before its cue.</summary>
    [GeneratedRegex(@"^\W*It\s+(?:(?:also|\w+ly)\s+){0,2}(?:would|will|could|includes|proposes|calls|cuts|ends|cancels|eliminates|provides|seeks)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ItGoesOn();

    /// <summary>A budget or a bill as a document (<see cref="StanceLexicon.BudgetAndBillNouns"/>), or the package or measure a bill is called.</summary>
    [GeneratedRegex(@"\b(?:" + StanceLexicon.BudgetAndBillNouns + "|" + Packages + @")\b|\bthe\s+(?:proposed\s+)?Budget\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex BudgetWord();

    /// <summary>
    /// Whether a name owns the budget or bill that <paramref name="between"/> leads to. A government may
    /// own it as its modifier ("the White House budget", "the Senate bill"); an agency so named is what the
    /// budget is for ("the NASA budget").
    /// </summary>
    private static bool Owns(Gazetteer gazetteer, Mention name, ReadOnlySpan<char> between) =>
        OwnsBudget().IsMatch(between)
        || (ModifiesBudget().IsMatch(between) && gazetteer.ActorsByName.TryGetValue(name.Name, out var actor) && actor.Kind == ActorKind.Government);

    /// <summary>From a name to the budget it modifies: " ", " fiscal 2026 ", " FY2026 proposed ".</summary>
    [GeneratedRegex(@"^\s+(?:(?:fiscal|proposed|FY[\w-]*|\d[\w-]*)\s+){0,3}$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ModifiesBudget();

    /// <summary>
    /// From a name to its budget or bill: "'s (proposed 2026) ", ") released its ", " Unveils Its " (a headline), " on Friday
    /// unveiled the ", " has passed NASA's first authorizing ", and from the end of an appositive: "(the senator), chair of the
    /// Commerce Committee, released her ".
    /// </summary>
    [GeneratedRegex(@"^(?:['’]s?\s+(?:[\w-]+\s+){0,3}|[),]?\s+(?:[\w-]+\s+){0,3}(?:releas(?:ed|es)|unveil(?:ed|s)|propos(?:ed|es)|introduc(?:ed|es)|sponsor(?:ed|s)|sign(?:ed|s)|publish(?:ed|es)|sen(?:t|ds)|submit(?:ted|s)|issu(?:ed|es)|present(?:ed|s)|outlin(?:ed|es)|pass(?:ed|es)|approv(?:ed|es)|adopt(?:ed|s)|enact(?:ed|s))\s+(?:its|his|her|their|the|an?|[\p{L}.]+['’]s)\s+(?:[\w-]+\s+){0,4})$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OwnsBudget();

    /// <summary>The verb of passing right before a name: "approved ", "passed the ".</summary>
    [GeneratedRegex(@"\b(?:passed|approved|adopted|enacted)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PassedBefore();

    /// <summary>A name the budget or bill gives to, takes from or tells: "… cuts to ", "… a reduction for the ", "… authorizing ".</summary>
    [GeneratedRegex(@"\b(?:to|for|at|in|authoriz(?:es|ed|ing)|direct(?:s|ed|ing)|requir(?:es|ed|ing))\s+(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex BudgetRecipient();
}
