namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// Who a document has named and who spoke last, as its speaker regions are read in order: the people it introduced
/// ("Wu said" after "Wu Weiren"), and whom a pronoun, "the statement", the outlet or a title again refers back to.
/// </summary>
internal sealed class SpeakerContext
{
    /// <summary>People by full name, surname and given name.</summary>
    public Dictionary<string, Speaker> Introduced { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The holder each title last named ("the spokesman").</summary>
    public Dictionary<string, Speaker> ByTitle { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Speaker? LastPerson { get; set; }

    public Speaker? LastOrganisation { get; private set; }

    /// <summary>Whoever a statement was last credited to, person or organisation: whose "the statement" is.</summary>
    public Speaker? LastSpeaker { get; private set; }

    public string? LastOutlet { get; set; }

    /// <summary>
    /// Where the text read last ends, while no organisation has spoken since: "they" may be the body named by its members
    /// as the subject of the sentence there ("the members of Congress rejected …").
    /// </summary>
    public int? ObservedUpTo { get; set; }

    /// <summary>A speaker a region resolved to, as the one who spoke last.</summary>
    public void Remember(Speaker? speaker)
    {
        if (speaker is null)
        {
            return;
        }

        LastSpeaker = speaker;
        if (speaker.IsPerson)
        {
            LastPerson = speaker;
        }
        else
        {
            LastOrganisation = speaker;
            ObservedUpTo = null;
        }
    }

    /// <summary>Forgets who spoke last (for a second pass over the text); names already introduced are kept.</summary>
    public void Rewind()
    {
        LastPerson = null;
        LastOrganisation = null;
        LastSpeaker = null;
        LastOutlet = null;
        ObservedUpTo = null;
        ByTitle.Clear();
    }
}
