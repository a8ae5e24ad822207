namespace Dashboard.Data.Entities;

/// <summary>One key of the ring that seals session cookies and antiforgery tokens, kept in a shared server database so every instance reads the same ring.</summary>
public sealed class SessionKey
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Xml { get; set; }
}
