namespace Dashboard.Core.Analysis.Statements;

/// <summary>Who said it: a display name, the actor it speaks for, and whether it is a person.</summary>
public sealed record Speaker(string Name, string? Actor, bool IsPerson);
