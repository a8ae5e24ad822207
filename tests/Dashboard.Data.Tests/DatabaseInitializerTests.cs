using Dashboard.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Data.Tests;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task Creates_the_schema_in_a_new_file_in_wal_mode()
    {
        using var database = TestDatabase.Create(Path.Combine("nested", "folder", "dashboard.db"));

        await database.Get<DatabaseInitializer>().InitializeAsync();

        Assert.True(File.Exists(database.FilePath));
        Assert.Equal("wal", await database.ScalarAsync("PRAGMA journal_mode;"));
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));
        Assert.Equal(await LatestMigrationAsync(database), await database.ScalarAsync("SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1;"));
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
    public async Task Hand_written_migrations_produce_the_schema_the_model_describes()
    {
        using var migrated = await TestDatabase.CreateInitializedAsync();
        using var modelled = TestDatabase.Create();
        await using (var db = await modelled.OpenAsync())
        {
            await db.Database.EnsureCreatedAsync();
        }

        Assert.Equal(await SchemaAsync(modelled), await SchemaAsync(migrated));
    }

    [Fact]
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

    [Fact]
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

    /// <summary>Tables, columns (name, type, nullability, key) and indexes of the application's tables.</summary>
    private static async Task<string> SchemaAsync(TestDatabase database)
    {
        await using var connection = new SqliteConnection($"Data Source={database.FilePath};Pooling=False");
        await connection.OpenAsync();
        var lines = new List<string>();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%' ORDER BY name;";
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
}
