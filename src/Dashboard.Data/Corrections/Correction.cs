using Dashboard.Core.Analysis.Stance;
using Dashboard.Data.Entities;

namespace Dashboard.Data.Corrections;

public enum CorrectionField
{
    Actor,
    Program,
    Stance,
}

/// <summary>
/// A person's override of one thing the analysis said about a statement: who spoke for which
/// actor, which program a stance is about, or the stance itself. Kept as the first line of a
/// correction annotation ("stance Artemis = critical"; later lines are the reason), so it is
/// readable in exports and re-applied whenever the statement is analysed again.
/// </summary>
public sealed record Correction(CorrectionField Field, string? Program, string Value)
{
    /// <summary>The stance value that says the statement is not about the program at all.</summary>
    public const string NotAbout = "none";

    public const int MaxValueLength = 200;

    public static Correction Actor(string actor) => new(CorrectionField.Actor, null, actor.Trim());

    public static Correction ProgramOf(string program, string newProgram) => new(CorrectionField.Program, program.Trim(), newProgram.Trim());

    public static Correction Stance(string program, string label) => new(CorrectionField.Stance, program.Trim(), label.Trim().ToLowerInvariant());

    public string Format() => Field switch
    {
        CorrectionField.Actor => $"actor = {Value}",
        CorrectionField.Program => $"program {Program} = {Value}",
        _ => $"stance {Program} = {Value}",
    };

    /// <summary>What a reader sees: "stance on Artemis: critical".</summary>
    public string Describe() => Field switch
    {
        CorrectionField.Actor => $"actor: {Value}",
        CorrectionField.Program => $"program {Program} → {Value}",
        _ => Value == NotAbout ? $"not about {Program}" : $"stance on {Program}: {Value}",
    };

    /// <summary>What a stored correction's body says ("stance on Artemis: refusing"), or the body itself if it cannot be read.</summary>
    public static string DescribeBody(string body) => TryParse(body, out var correction, out _) ? correction!.Describe() : body;

    /// <summary>Reads the first line of a correction's body; <paramref name="error"/> says what is wrong otherwise.</summary>
    public static bool TryParse(string? body, out Correction? correction, out string? error)
    {
        correction = null;
        var line = (body ?? "").Split('\n', 2)[0].Trim();
        var equals = line.IndexOf('=', StringComparison.Ordinal);
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        if (equals < 0 || space < 0 || space > equals)
        {
            error = "A correction reads “actor = NAME”, “program OLD = NEW” or “stance PROGRAM = LABEL”.";
            return false;
        }

        var field = line[..space];
        var subject = line[space..equals].Trim();
        var value = line[(equals + 1)..].Trim();
        if (value.Length == 0 || value.Length > MaxValueLength || subject.Length > MaxValueLength)
        {
            error = $"A corrected value has 1 to {MaxValueLength} characters.";
            return false;
        }

        switch (field.ToLowerInvariant())
        {
            case "actor" when subject.Length == 0:
                correction = Actor(value);
                break;
            case "program" when subject.Length > 0:
                correction = ProgramOf(subject, value);
                break;
            case "stance" when subject.Length > 0:
                if (value != NotAbout && !StanceLabels.TryParse(value, out _))
                {
                    error = $"“{value}” is not a stance; use one of {string.Join(", ", Enum.GetValues<StanceLabel>().Select(l => l.Name()))} or {NotAbout}.";
                    return false;
                }

                correction = Stance(subject, value);
                break;
            default:
                error = "A correction reads “actor = NAME”, “program OLD = NEW” or “stance PROGRAM = LABEL”.";
                return false;
        }

        error = null;
        return true;
    }

    /// <summary>Changes the statement row as the person said. A human stance is certain and has no cues.</summary>
    public void ApplyTo(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        switch (Field)
        {
            case CorrectionField.Actor:
                statement.Actor = Value;
                break;
            case CorrectionField.Program:
                var from = statement.Stances.FirstOrDefault(s => s.Program == Program);
                if (from is not null && Program != Value)
                {
                    // Already a stance on the new program: that one stands, the mistaken one goes.
                    if (statement.Stances.Any(s => s.Program == Value))
                    {
                        statement.Stances.Remove(from);
                    }
                    else
                    {
                        from.Program = Value;
                    }
                }

                break;
            default:
                var stance = statement.Stances.FirstOrDefault(s => s.Program == Program);
                if (Value == NotAbout)
                {
                    if (stance is not null)
                    {
                        statement.Stances.Remove(stance);
                    }

                    break;
                }

                var label = StanceLabels.TryParse(Value, out var parsed) ? parsed : StanceLabel.Neutral;
                if (stance is null)
                {
                    stance = new StatementStance { Program = Program!, Label = "", CuesJson = "[]" };
                    statement.Stances.Add(stance);
                }

                stance.Label = label.Name();
                stance.Score = (int)label;
                stance.Conditional = false;
                stance.Confidence = 1;
                break;
        }
    }
}
