namespace Dashboard.Data;

/// <summary>The database cannot be used; <see cref="Exception.Message"/> is one line naming the problem and the fix.</summary>
public sealed class DatabaseStartupException : Exception
{
    public DatabaseStartupException(string message)
        : base(message)
    {
    }

    public DatabaseStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DatabaseStartupException()
    {
    }
}
