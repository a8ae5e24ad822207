using Dashboard.Core.Analysis.Entities;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>Who said it: a display name, the actor it speaks for, and whether it is a person.</summary>
public sealed record Speaker(string Name, string? Actor, bool IsPerson)
{
    /// <summary>A known person, speaking for the actor of the role held on <paramref name="date"/> (without a date, the only or latest role).</summary>
    public static Speaker Person(PersonEntry person, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new Speaker(person.Name, person.RoleOn(date)?.Actor, IsPerson: true);
    }
}
