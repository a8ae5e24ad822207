using Npgsql;

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>
/// A new, empty database on the PostgreSQL server named by <c>DASHBOARD_TEST_POSTGRES</c>
/// (scripts/test.sh starts one), dropped on dispose. Tests about PostgreSQL use <see cref="PostgresFactAttribute"/>.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    public static readonly string? Server = Environment.GetEnvironmentVariable("DASHBOARD_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    private readonly string name;

    private TestPostgres(string name, string connectionString)
    {
        this.name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<TestPostgres> CreateAsync()
    {
        var name = $"dashboard_e2e_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return new TestPostgres(name, new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server ?? throw new InvalidOperationException("DASHBOARD_TEST_POSTGRES is not set."));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A test that needs a PostgreSQL server: skipped, saying why, when <c>DASHBOARD_TEST_POSTGRES</c> is unset (scripts/test.sh always sets it).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.Server is null)
        {
            Skip = "needs a PostgreSQL server: set DASHBOARD_TEST_POSTGRES (scripts/test.sh does)";
        }
    }
}
