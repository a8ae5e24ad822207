namespace Dashboard.Core.Analysis.Statements;

/// <summary>What a statement is: words someone said, an agency's own release, or an act the article reports.</summary>
public enum StatementKind
{
    /// <summary>Words a speaker said, quoted or reported ("…,” Rogozin said; Nelson said that …).</summary>
    Said,

    /// <summary>The text of an agency's own release, in its own voice ("We are proud to contribute …").</summary>
    Release,

    /// <summary>What the article says an actor did or decided ("Poland has joined the Accords"): nobody's words.</summary>
    Act,
}
