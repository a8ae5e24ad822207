using Dashboard.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Data.Tests;

public sealed class DatabaseInitializerTests
{
    [SqliteFact]
    public async Task Creates_the_schema_in_a_new_file_in_wal_mode()
    {
        using var database = TestDatabase.Create(Path.Combine("nested", "folder", "dashboard.db"));

        await database.Get<DatabaseInitializer>().InitializeAsync();

        Assert.True(File.Exists(database.FilePath));
        Assert.Equal("wal", await database.ScalarAsync("PRAGMA journal_mode;"));
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));
        Assert.Equal(await LatestMigrationAsync(database), await database.ScalarAsync("SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1;"));
    }

    [SqliteFact]
    public async Task Every_connection_reads_the_file_through_a_memory_map_also_when_the_pool_hands_it_out_again()
    {
        using var database = await TestDatabase.CreateInitializedAsync();

        // 1 GiB (decision 034). Two at once (two native connections), then each again from the pool.
        for (var round = 0; round < 2; round++)
        {
            await using var first = await database.OpenAsync();
            await using var second = await database.OpenAsync();
            foreach (var db in new[] { first, second })
            {
                Assert.Equal(1L << 30, await db.Database.SqlQueryRaw<long>("PRAGMA mmap_size").ToListAsync() is [var size] ? size : -1);
            }
        }

        // The setting belongs to the app's connections, not to the file: a plain connection does not inherit it.
        Assert.Equal(0L, await database.ScalarAsync("PRAGMA mmap_size;"));
    }

    [Fact]
    public async Task A_second_start_keeps_existing_data_and_applies_nothing_new()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await using (var db = await database.OpenAsync())
        {
            db.AppSettings.Add(new AppSetting { Key = "probe", Value = "kept" });
            await db.SaveChangesAsync();
        }

        await database.Get<DatabaseInitializer>().InitializeAsync();

        Assert.Equal("kept", await database.ScalarAsync("SELECT Value FROM AppSettings WHERE Key = 'probe';"));
        await using var context = await database.OpenAsync();
        Assert.Equal((long)context.Database.GetMigrations().Count(), await database.ScalarAsync("SELECT COUNT(*) FROM __EFMigrationsHistory;"));
    }

    [Fact]
    public async Task Migrations_produce_the_schema_the_model_describes()
    {
        using var migrated = await TestDatabase.CreateInitializedAsync();
        using var modelled = TestDatabase.Create();
        await using (var db = await modelled.OpenAsync())
        {
            await db.Database.EnsureCreatedAsync();
        }

        Assert.Equal(await SchemaAsync(modelled), await SchemaAsync(migrated));
    }

    [SqliteFact]
    public async Task The_model_snapshot_matches_the_model_so_a_new_migration_would_be_empty()
    {
        using var database = TestDatabase.Create();
        await using var db = await database.OpenAsync();

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: run scripts/add-migration.sh <Name>");
    }

    [SqliteFact]
    public async Task A_file_that_is_not_a_database_stops_with_a_clear_message_and_is_left_untouched()
    {
        using var database = TestDatabase.Create();
        var garbage = "This is a text file, not SQLite. "u8.ToArray().Concat(Enumerable.Repeat((byte)0x5A, 8192)).ToArray();
        await File.WriteAllBytesAsync(database.FilePath, garbage);

        var error = await Assert.ThrowsAsync<DatabaseStartupException>(() => database.Get<DatabaseInitializer>().InitializeAsync());

        Assert.Contains(database.FilePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a usable SQLite database", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(database.FilePath));
        Assert.False(File.Exists(database.FilePath + "-wal"));
    }

    [SqliteFact]
    public async Task A_folder_that_cannot_be_created_stops_with_a_clear_message()
    {
        using var database = TestDatabase.Create(Path.Combine("blocker", "dashboard.db"));
        await File.WriteAllTextAsync(Path.Combine(database.Folder, "blocker"), "a file where a folder should be");

        var error = await Assert.ThrowsAsync<DatabaseStartupException>(() => database.Get<DatabaseInitializer>().InitializeAsync());

        Assert.Contains("Cannot create the database folder", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Dashboard", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_connection_string_decides_the_location_and_a_default_exists()
    {
        var configured = DatabaseLocation.FromConfiguration(Configuration(("ConnectionStrings:Dashboard", "Data Source=relative/dash.db")));
        Assert.Equal(Path.GetFullPath("relative/dash.db"), configured.FilePath);

        var fallback = DatabaseLocation.FromConfiguration(Configuration());
        Assert.EndsWith(Path.Combine("BriefingDashboard", "dashboard.db"), fallback.FilePath, StringComparison.Ordinal);
        Assert.Contains(fallback.FilePath, fallback.ConnectionString, StringComparison.Ordinal);
        Assert.Equal(DatabaseProvider.Sqlite, fallback.Provider);
    }

    [Fact]
    public void A_server_connection_string_chooses_PostgreSQL_and_its_description_hides_the_password()
    {
        var server = DatabaseLocation.FromConfiguration(Configuration(("ConnectionStrings:Dashboard", "Host=db.internal;Port=5433;Database=briefing;Username=dash;Password=s3cret")));

        Assert.Equal(DatabaseProvider.PostgreSql, server.Provider);
        Assert.Equal("PostgreSQL database 'briefing' on db.internal:5433", server.Description);
        Assert.Equal("", server.FilePath);
    }

    [Theory]
    [InlineData("Host=localhost;Username=dash", "no database")]
    [InlineData("Host=localhost;Database=x;Port=notanumber", "not a usable PostgreSQL connection string")]
    [InlineData("Data Source='unclosed", "cannot be read")]
    public void A_broken_connection_string_stops_with_a_clear_message(string connectionString, string expected)
    {
        var error = Assert.Throws<DatabaseStartupException>(() => DatabaseLocation.FromConfiguration(Configuration(("ConnectionStrings:Dashboard", connectionString))));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_database_server_that_is_down_is_retried_with_growing_pauses_then_named_in_one_line()
    {
        // A loopback port nobody listens on: the connection is refused at once, so the time measured is the pauses (1 s + 2 s).
        var port = LoopbackPort.Free();
        using var database = TestDatabaseOn($"Host=127.0.0.1;Port={port};Database=briefing;Username=dash;Password=secret;Timeout=2", attempts: 3);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<DatabaseStartupException>(() => database.Get<DatabaseInitializer>().InitializeAsync());

        Assert.InRange(clock.Elapsed.TotalSeconds, 2.9, 20);
        Assert.Contains($"Cannot reach the PostgreSQL database 'briefing' on 127.0.0.1:{port} after 3 attempt(s)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static TestDatabaseHost TestDatabaseOn(string connectionString, int attempts) => new(connectionString, attempts);

    /// <summary>The app's data services on a given connection string, for databases no test may create.</summary>
    private sealed class TestDatabaseHost : IDisposable
    {
        private readonly Microsoft.Extensions.Hosting.IHost host;

        public TestDatabaseHost(string connectionString, int attempts)
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new Microsoft.Extensions.Hosting.HostApplicationBuilderSettings());
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Dashboard"] = connectionString,
                ["Dashboard:DatabaseStartupAttempts"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            Microsoft.Extensions.DependencyInjection.LoggingServiceCollectionExtensions.AddLogging(builder.Services);
            builder.AddDashboardData();
            host = builder.Build();
        }

        public T Get<T>()
            where T : notnull => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<T>(host.Services);

        public void Dispose() => host.Dispose();
    }

    private static async Task<string> LatestMigrationAsync(TestDatabase database)
    {
        await using var db = await database.OpenAsync();
        return db.Database.GetMigrations().Last();
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();

    /// <summary>
    /// Tables, columns (name, type, nullability, key) and indexes of the application's tables. The
    /// full-text search objects (names containing "Search") are SQL outside the model, left out.
    /// </summary>
    private static async Task<string> SchemaAsync(TestDatabase database)
    {
        if (TestDatabase.IsPostgres)
        {
            return await PostgresSchemaAsync(database);
        }

        await using var connection = new SqliteConnection($"Data Source={database.FilePath};Pooling=False");
        await connection.OpenAsync();
        var lines = new List<string>();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%' AND name NOT LIKE '%Search%' ORDER BY name;";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}') ORDER BY name;";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add($"{table}.{reader.GetString(0)} {reader.GetString(1)} notnull={reader.GetInt64(2)} pk={reader.GetInt64(3)}");
            }
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT tbl_name || ':' || name || ':' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name;";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        return string.Join('\n', lines);
    }

    private static async Task<string> PostgresSchemaAsync(TestDatabase database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var sql in new[]
        {
            """
            SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                || ' nullable=' || is_nullable || ' identity=' || is_identity || coalesce(' collation=' || collation_name, '')
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name NOT LIKE '__EF%'
            ORDER BY table_name, column_name
            """,
            "SELECT tablename || ':' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '__EF%' AND indexname NOT LIKE '%Search%' ORDER BY indexname",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        return string.Join('\n', lines);
    }
}
